using DtiRules.Compiler;
using DtiRules.Compiler.Emit;
using DtiRules.Language.Evaluation;
using DtiRules.SampleData;
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
    public void Generated_code_grows_in_parts_of_at_most_sixty_four_formulas()
    {
        var ruleset = Compile.Clean(SyntheticRuleset.Text(Nodes));
        var formulas = ruleset.Nodes.Count(n => n.Formula is not null) + ruleset.Outputs.Count + ruleset.Mappings.Count + ruleset.CohortSlotCount;

        var units = CSharpEmitter.EmitUnits([(ruleset, "Large")]);

        var parts = units.Skip(1).ToList();
        Assert.InRange(parts.Count, (formulas + CSharpEmitter.FormulasPerPart - 1) / CSharpEmitter.FormulasPerPart, formulas);
        Assert.All(parts, part => Assert.InRange(part.Split("    private static void ").Length - 1, 1, CSharpEmitter.FormulasPerPart));
        Assert.Equal(formulas, parts.Sum(part => part.Split("    private static void ").Length - 1));
    }
}
