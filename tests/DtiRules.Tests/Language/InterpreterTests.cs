using DtiRules.Language.Binding;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class InterpreterTests
{
    private static readonly string[] ThreeUnits = ["A", "B", "C"];

    private static ScoringResult Score(string inputs, string body, params (string, decimal?[])[] columns)
    {
        var ruleset = Compile.Clean(MiniRuleset.WithNodes(inputs, body));
        return new Interpreter(ruleset).Score(MiniRuleset.Data(ThreeUnits, columns));
    }

    private static decimal?[] PointsOf(ScoringResult result, string node) =>
        [.. Enumerable.Range(0, result.Units.Count).Select(u => result.Points(result.Ruleset.FindNode(node)!, u))];

    [Fact]
    public void Tiers_take_the_first_arm_that_holds()
    {
        var result = Score(
            "input p: percent \"P\"",
            "node t \"T\" max 100 { assumed \"x\" score = tiers p { >= 80: 100, >= 50: 60, else: 10 } }",
            ("p", [85m, 50m, 49.9m]));
        Assert.Equal([100m, 60m, 10m], PointsOf(result, "t"));
    }

    [Fact]
    public void Level_tables_score_by_member()
    {
        var result = Score(
            "levels lv { none \"Không\" deputy \"Phó\" chair \"Trưởng\" }\ninput l: level(lv) \"L\"",
            "node t \"T\" max 100 { assumed \"x\" score = levels l { chair: 100, deputy: 50, none: 0 } }",
            ("l", [2m, 1m, 0m]));
        Assert.Equal([100m, 50m, 0m], PointsOf(result, "t"));
    }

    [Fact]
    public void Safe_ratio_gives_zero_for_a_zero_denominator()
    {
        var result = Score(
            "input a: count \"A\"\ninput b: count \"B\"",
            "node t \"T\" max 100 { assumed \"x\" score = min(ratio(a, b), 1) * 100 }",
            ("a", [1m, 3m, 5m]), ("b", [4m, 0m, 2m]));
        Assert.Equal([25m, 0m, 100m], PointsOf(result, "t"));
    }

    [Fact]
    public void Cohort_functions_see_every_unit()
    {
        var values = new decimal?[] { 20m, 80m, 40m };
        var result = Score(
            "input x: number \"X\" range 0..100",
            """
              node best "Best" max 25 { assumed "x" score = relative_to_best(x) * 25 }
              node mm "MinMax" max 25 { assumed "x" score = minmax(x) * 25 }
              node rk "Rank" max 25 { assumed "x" score = 25 / cohort_rank(x) }
              node md "Median" max 25 { assumed "x" score = if x >= cohort_median(x) then 25 else 0 }
            """,
            ("x", values));
        var max = values.Max()!.Value;
        var min = values.Min()!.Value;
        Assert.Equal(values.Select(v => v / max * 25m), PointsOf(result, "best"));
        Assert.Equal(values.Select(v => (v - min) / (max - min) * 25m), PointsOf(result, "mm"));
        Assert.Equal([25m / 3m, 25m / 1m, 25m / 2m], PointsOf(result, "rk"));
        Assert.Equal([0m, 25m, 25m], PointsOf(result, "md"));
    }

    [Fact]
    public void Missing_zero_scores_zero_and_flags_the_cell()
    {
        var result = Score("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }", ("p", [50m, null, 70m]));
        var t = result.Ruleset.FindNode("t")!;
        Assert.Equal([50m, 0m, 70m], PointsOf(result, "t"));
        Assert.Equal(CellFlags.Missing, result.NodeFlags(t, 1));
        Assert.Equal(CellFlags.None, result.NodeFlags(t, 0));
    }

    [Fact]
    public void Missing_mean_imputes_the_cohort_mean()
    {
        var result = Score("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" missing mean score = p }", ("p", [50m, null, 70m]));
        Assert.Equal([50m, 60m, 70m], PointsOf(result, "t"));
        Assert.Equal(CellFlags.Imputed, result.NodeFlags(result.Ruleset.FindNode("t")!, 1));
    }

    [Fact]
    public void Missing_exclude_rescales_the_parent()
    {
        var result = Score(
            "input p: percent \"P\"\ninput q: percent \"Q\"",
            """
              node g "G" max 100 {
                assumed "x"
                missing exclude
                node a "A" max 40 { assumed "x" score = p / 100 * 40 }
                node b "B" max 60 { assumed "x" score = q / 100 * 60 }
              }
            """,
            ("p", [50m, 50m, null]), ("q", [50m, null, null]));
        var g = result.Ruleset.FindNode("g")!;
        Assert.Equal(50m, result.Points(g, 0));
        Assert.Equal(20m * 100m / 40m, result.Points(g, 1));
        Assert.True(result.NodeFlags(g, 1).HasFlag(CellFlags.Rescaled));
        Assert.True(result.NodeFlags(g, 2).HasFlag(CellFlags.Missing), "a parent with every child excluded is missing itself");
    }

    [Fact]
    public void Missing_error_reports_the_node_and_units()
    {
        var ruleset = Compile.Clean(MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" missing error score = p }"));
        var result = new Interpreter(ruleset).Score(MiniRuleset.Data(ThreeUnits, ("p", [50m, null, null])));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DR3001", error.Code);
        Assert.Contains("2 unit(s): B, C", error.Message);
    }

    [Fact]
    public void Given_node_values_replace_the_computation_below_them()
    {
        var result = Score(
            "input p: percent \"P\"",
            "node t \"T\" max 100 { assumed \"x\" score = p }",
            ("p", [10m, null, 30m]), ("main", [0.5m, 0.25m, null]));
        var main = result.Ruleset.FindNode("main")!;
        var t = result.Ruleset.FindNode("t")!;
        Assert.Equal([50m, 25m, 30m], [.. Enumerable.Range(0, 3).Select(u => result.Points(main, u))]);
        Assert.Equal(CellFlags.Given, result.NodeFlags(main, 0));
        Assert.Equal(CellFlags.Skipped, result.NodeFlags(t, 1));
    }

    [Fact]
    public void Results_beyond_max_are_clamped_with_a_warning()
    {
        var compilation = Compile.Text(MiniRuleset.WithNodes("input x: number \"X\"", "node t \"T\" max 100 { assumed \"x\" score = x }"));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "DR2010");
        var result = new Interpreter(compilation.Ruleset).Score(MiniRuleset.Data(ThreeUnits, ("x", [150m, -5m, 40m])));
        Assert.Equal([100m, 0m, 40m], PointsOf(result, "t"));
        Assert.Equal(CellFlags.Clamped, result.NodeFlags(result.Ruleset.FindNode("t")!, 0));
        Assert.Contains(result.Diagnostics, d => d.Code == "DR3002");
    }

    [Fact]
    public void Division_by_zero_is_a_positioned_scoring_error()
    {
        var ruleset = Compile.Clean(MiniRuleset.WithNodes("input a: count \"A\" range 0..10\ninput b: count \"B\" range 1..10",
            "node t \"T\" max 100 { assumed \"x\" score = min(a / b, 1) * 100 }"));
        var result = new Interpreter(ruleset).Score(MiniRuleset.Data(ThreeUnits, ("a", [1m, 1m, 1m]), ("b", [2m, 0m, 1m])));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DR3003", error.Code);
        Assert.Contains("for B", error.Message);
        Assert.True(result.NodeFlags(result.Ruleset.FindNode("t")!, 1).HasFlag(CellFlags.Failed));
    }

    [Fact]
    public void Ranks_are_competition_ranks_on_the_published_value()
    {
        // 66.666 and 66.674 points differ, but both publish as 0.6667: they share rank 1 and the next rank is 3.
        var result = Score("input x: number \"X\" range 0..100", "node t \"T\" max 100 { assumed \"x\" score = x }",
            ("x", [66.666m, 66.674m, 50m]));
        var index = result.Ruleset.Index!;
        Assert.Equal(result.OutputValue(index, 0), result.OutputValue(index, 1));
        Assert.Equal([1, 1, 3], [.. Enumerable.Range(0, 3).Select(u => result.Rank(index, u))]);
    }
}
