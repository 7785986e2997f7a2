using DtiRules.Scoring;
using DtiRules.Tests.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

/// <summary>Failures inside cohort arguments and rulesets with errors are reported as diagnostics, against the right unit.</summary>
public sealed class ScoringFailureTests
{
    private static readonly string[] ThreeUnits = ["A", "B", "C"];

    private static readonly string CohortArgumentFails = MiniRuleset.WithNodes(
        "input p: number \"P\" range 0..100\ninput q: count \"Q\" range 0..10",
        "node t \"T\" max 100 { assumed \"x\" score = relative_to_best(p / q) * 100 }");

    [Fact]
    public void A_failure_in_a_cohort_argument_is_reported_once_against_the_unit_where_it_happened()
    {
        var ruleset = Compile.Clean(CohortArgumentFails);
        var data = MiniRuleset.Data(ThreeUnits, ("p", [10m, 30m, 40m]), ("q", [1m, 0m, 2m]));

        var result = new Interpreter(ruleset).Score(data);

        var failure = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DR3003", failure.Code);
        Assert.Contains("for B", failure.Message, StringComparison.Ordinal);
        var t = ruleset.FindNode("t")!;
        Assert.Equal(CellFlags.Failed, result.NodeFlags(t, 1) & CellFlags.Failed);
        // B is left out of the statistic: A's 10 and C's 20 are compared with the best of the others, 20.
        Assert.Equal(10m / 20m * 100m, result.Points(t, 0));
        Assert.Equal(100m, result.Points(t, 2));
        Assert.Equal(CellFlags.None, result.NodeFlags(t, 0));
        Assert.Equal(new decimal?[] { 10m, null, 20m }, result.CohortArgument(0));
    }

    [Fact]
    public void A_failure_in_a_cohort_argument_is_reported_the_same_by_both_engines()
    {
        var ruleset = Compile.Clean(CohortArgumentFails);
        CompiledTestEngine.AssertSameScores(ruleset, MiniRuleset.Data(ThreeUnits, ("p", [10m, 30m, 40m]), ("q", [0m, 0m, 2m])));
    }

    [Fact]
    public void Scoring_a_ruleset_with_errors_reports_DR3006_instead_of_throwing()
    {
        var compilation = Compile.Text(MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p + unknown_name }"));
        var errors = compilation.Diagnostics.Count(d => d.IsError);
        Assert.True(errors > 0);

        foreach (var scorer in new IScorer[] { new Interpreter(compilation.Ruleset), CompiledTestEngine.Engine.GetScorer(compilation.Ruleset) })
        {
            var result = scorer.Score(MiniRuleset.Data(ThreeUnits, ("p", [10m, 20m, 30m])));
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("DR3006", diagnostic.Code);
            Assert.Contains($"has {errors} error(s)", diagnostic.Message, StringComparison.Ordinal);
            Assert.True(result.HasErrors);
            Assert.Null(result.Points(compilation.Ruleset.FindNode("t")!, 0));
        }
    }
}
