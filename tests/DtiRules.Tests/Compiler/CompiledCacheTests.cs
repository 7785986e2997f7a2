using DtiRules.Compiler;
using DtiRules.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace DtiRules.Tests.Compiler;

public sealed class CompiledCacheTests
{
    internal const string Text = """
        ruleset cached edition 2022 { title "t" basis "b" unit province scale 10 round 2 missing zero }
        input p: percent "P"
        node a "A" max 10 { assumed "x" score = p / 10 }
        index dti "DTI" { documented "x" }
        """;

    /// <summary>An assembly with the generated entry point that deletes a file when called.</summary>
    internal static byte[] ForeignImage()
    {
        const string Source = """
            namespace DtiRules.Compiled;
            public static class Formulas
            {
                public static void Evaluate(int formula, DtiRules.Scoring.ScoringColumns columns, DtiRules.Scoring.FormulaTarget target) =>
                    System.IO.File.Delete("precious");
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Foreign",
            [CSharpSyntaxTree.ParseText(Source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(DtiRules.Scoring.ScoringColumns).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return image.ToArray();
    }

    [Fact]
    public void Auto_interprets_small_work_and_compiles_work_that_repays_it()
    {
        var ruleset = Compile.Clean(Text.Replace("cached", "auto_choice", StringComparison.Ordinal));
        Assert.IsType<DtiRules.Scoring.Interpreter>(new DtiRules.Cli.ScorerFactory(DtiRules.Cli.ScoringEngine.Auto, new DtiRules.Language.Diagnostics.DiagnosticBag()).Create(ruleset, 63));
        var cells = DtiRules.Cli.ScorerFactory.AutoCompileCells / (ruleset.Nodes.Count + ruleset.Outputs.Count) + 1;
        Assert.IsType<CompiledScorer>(new DtiRules.Cli.ScorerFactory(DtiRules.Cli.ScoringEngine.Auto, new DtiRules.Language.Diagnostics.DiagnosticBag()).Create(ruleset, (int)cells));
        Assert.IsType<CompiledScorer>(new DtiRules.Cli.ScorerFactory(DtiRules.Cli.ScoringEngine.Auto, new DtiRules.Language.Diagnostics.DiagnosticBag()).Create(ruleset, 63));
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
