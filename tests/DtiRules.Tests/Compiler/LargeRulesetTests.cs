using DtiRules.Compiler.Emit;
using DtiRules.Compiler;
using DtiRules.SampleData;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>
/// A generated ruleset of thousands of nodes compiles into many small classes and scores as the
/// interpreter does. How long it takes is measured by the benchmark (bench/run.sh), not here.
/// </summary>
public sealed class LargeRulesetTests
{
    private const int Nodes = 2_000;

    [Fact]
    public void A_generated_ruleset_of_two_thousand_nodes_scores_the_same_under_both_engines()
    {
        var ruleset = Compile.Clean(SyntheticRuleset.Text(Nodes));
        Assert.True(ruleset.Nodes.Count >= Nodes);
        var data = SyntheticRuleset.Data(Nodes, units: 40, seed: 12);

        var interpreted = CompiledTestEngine.Render(new Interpreter(ruleset).Score(data));
        var compiled = CompiledTestEngine.Render(new CompiledEngine(CompiledEngineOptions.MemoryOnly).GetScorer(ruleset).Score(data));

        Assert.Equal(interpreted, compiled);
    }

    [Fact]
    public void Generated_code_grows_in_small_parts_and_formulas_of_one_shape_share_a_method()
    {
        var ruleset = Compile.Clean(SyntheticRuleset.Text(Nodes));
        var formulas = ruleset.Nodes.Count(n => n.Formula is not null) + ruleset.Outputs.Count + ruleset.Mappings.Count + ruleset.CohortSlotCount;

        var units = CSharpEmitter.EmitUnits([(ruleset, "Large")]);

        var parts = units.Where(u => u.Contains("internal static class Large_", StringComparison.Ordinal) && !u.Contains("internal static class Large_Shapes", StringComparison.Ordinal)).ToList();
        var shapes = units.Where(u => u.Contains("internal static class Large_Shapes", StringComparison.Ordinal)).ToList();
        Assert.Equal(units.Count - 1, parts.Count + shapes.Count);
        Assert.All(parts, part => Assert.InRange(Count(part, "            case "), 1, CSharpEmitter.FormulasPerPart));
        Assert.Equal(formulas, parts.Sum(part => Count(part, "            case ")));
        Assert.All(shapes, shape => Assert.InRange(Count(shape, "    internal static void Shape"), 1, CSharpEmitter.FormulasPerPart));

        // Six formula families, two of them with a cohort argument, and the index: a handful of shapes for thousands of formulas.
        Assert.InRange(shapes.Sum(shape => Count(shape, "    internal static void Shape")), 6, 12);
    }

    private static int Count(string text, string marker) => text.Split(marker).Length - 1;
}
