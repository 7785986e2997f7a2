using DtiRules.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

public sealed class CompiledCacheTests
{
    private const string Text = """
        ruleset cached edition 2022 { title "t" basis "b" unit province scale 10 round 2 missing zero }
        input p: percent "P"
        node a "A" max 10 { assumed "x" score = p / 10 }
        index dti "DTI" { documented "x" }
        """;

    [Fact]
    public void A_compiled_ruleset_is_written_once_and_reused_by_a_later_engine()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dtirules-cache-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ruleset = Compile.Clean(Text);
            var data = DtiRules.Tests.Language.MiniRuleset.Data(["Hà Nội", "Huế"], ("p", [50m, null]));
            var first = new CompiledEngine(new CompiledEngineOptions(folder));
            Assert.False(first.IsCached(ruleset));
            var expected = CompiledTestEngine.Render(first.GetScorer(ruleset).Score(data));
            var image = Assert.Single(Directory.GetFiles(folder, "*.dll"));

            var later = new CompiledEngine(new CompiledEngineOptions(folder));
            Assert.True(later.IsCached(Compile.Clean("// the same ruleset, written differently\n" + Text.Replace("  ", " ", StringComparison.Ordinal))));
            Assert.Equal(expected, CompiledTestEngine.Render(later.GetScorer(ruleset).Score(data)));

            File.WriteAllText(image, "not an assembly");
            Assert.Equal(expected, CompiledTestEngine.Render(new CompiledEngine(new CompiledEngineOptions(folder)).GetScorer(ruleset).Score(data)));
            Assert.NotEqual("not an assembly", File.ReadAllText(image)[..15]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Auto_interprets_small_work_and_compiles_work_that_repays_it()
    {
        var ruleset = Compile.Clean(Text.Replace("cached", "auto_choice", StringComparison.Ordinal));
        Assert.IsType<DtiRules.Language.Evaluation.Interpreter>(DtiRules.Cli.ScorerFactory.Create(ruleset, 63, DtiRules.Cli.ScoringEngine.Auto));
        var cells = DtiRules.Cli.ScorerFactory.AutoCompileCells / (ruleset.Nodes.Count + ruleset.Outputs.Count) + 1;
        Assert.IsType<CompiledScorer>(DtiRules.Cli.ScorerFactory.Create(ruleset, (int)cells, DtiRules.Cli.ScoringEngine.Auto));
        Assert.IsType<CompiledScorer>(DtiRules.Cli.ScorerFactory.Create(ruleset, 63, DtiRules.Cli.ScoringEngine.Auto));
    }

    [Fact]
    public void Emit_prints_readable_generated_code()
    {
        var (code, output, error) = CliRunner.Run("emit", RepositoryPaths.Ruleset2022);
        Assert.True(code == 0, error);
        Assert.Contains("public static class Formulas", output, StringComparison.Ordinal);
        Assert.Contains("// node nt_01 \"Người đứng đầu", output, StringComparison.Ordinal);
        Assert.Contains("// argument of relative_to_best (cohort call 0)", output, StringComparison.Ordinal);
        Assert.Contains("for (var u = 0; u < eligible.Length; u++)", output, StringComparison.Ordinal);
        Assert.Contains("Operators.Multiply(", output, StringComparison.Ordinal);
    }
}
