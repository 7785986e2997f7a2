using DtiRules.Language.Binding.Analysis;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class TrendAnalyzerTests
{
    private const string Inputs = """
        input a: percent "a"
        input b: count "b" range 0..1000
        input c: count "c" range 1..1000
        input d: yesno "d"
        input e: number "e" range -10..10
        input f: percent "f"
        """;

    [Theory]
    [InlineData("a / 100 * max", "a", Trend.Rising)]
    [InlineData("(100 - a) / 100 * max", "a", Trend.Falling)]
    [InlineData("min(ratio(a, b), 1) * max", "a", Trend.Rising)]
    [InlineData("min(ratio(a, b), 1) * max", "b", Trend.Either)]
    [InlineData("min(a / c, 1) * max", "c", Trend.Falling)]
    [InlineData("min(c / a, 1) * max", "a", Trend.Either)]
    [InlineData("tiers a { >= 80: max, >= 50: max / 2, else: 0 }", "a", Trend.Rising)]
    [InlineData("tiers a { <= 5: max, <= 20: 5, else: 0 }", "a", Trend.Falling)]
    [InlineData("tiers a { >= 80: 2, >= 50: 8, else: 0 }", "a", Trend.Either)]
    [InlineData("if d then max else 0", "d", Trend.Rising)]
    [InlineData("if not d then max else 0", "d", Trend.Falling)]
    [InlineData("if a == 50 then max else 0", "a", Trend.Either)]
    [InlineData("abs(e) / 10 * max", "e", Trend.Either)]
    [InlineData("(a - f + 100) / 200 * max", "f", Trend.Falling)]
    [InlineData("(a + f) / 200 * max", "b", Trend.Steady)]
    [InlineData("relative_to_best(a) * max", "a", Trend.Rising)]
    [InlineData("min(cohort_rank(a), 10) * 1", "a", Trend.Falling)]
    [InlineData("(a / 100 - a / 200) * max", "a", Trend.Either)]
    public void The_index_trend_follows_the_formula(string formula, string input, Trend expected)
    {
        var ruleset = Compile.Text(MiniRuleset.WithNodes(Inputs, $"  score = {formula}")).Ruleset;

        Assert.Equal(expected, TrendAnalyzer.IndexTrend(ruleset, ruleset.Inputs.Single(i => i.Name == input)));
    }
}
