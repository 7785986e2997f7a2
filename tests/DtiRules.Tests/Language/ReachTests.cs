using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

/// <summary>The bounds the checker proves warn when full marks are out of reach or an output can leave 0..1.</summary>
public sealed class ReachTests
{
    [Theory]
    [InlineData("p / 100 * 30", 40, "30")]
    [InlineData("tiers p { >= 80: 25, else: 10 }", 40, "25")]
    [InlineData("if p > 50 then 12.5 else 0", 40, "12.5")]
    public void A_leaf_that_cannot_reach_its_max_is_warned_at_its_formula(string formula, int max, string reach)
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"",
            $"node t \"T\" max {max} {{ assumed \"x\" score = {formula} }}\nnode u \"U\" max {100 - max} {{ assumed \"x\" score = p / 100 * max }}");
        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics);
        Assert.Equal("DR2025", diagnostic.Code);
        Assert.Equal(Compile.PositionOf(text, formula), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains($"reaches at most {reach} of its {max} points", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main / 50", "2")]
    [InlineData("main / 100 - 0.5", "-0.5")]
    public void An_output_that_can_leave_0_to_1_is_warned_with_what_its_parts_add_up_to(string formula, string reach)
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p / 100 * max }")
            + $"output o \"O\" {{ documented \"x\" value = {formula} }}\n";
        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics);
        Assert.Equal("DR2026", diagnostic.Code);
        Assert.Contains($"can reach {reach}, outside 0..1; the nodes it adds up have 100 max points together", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main / 100")]
    [InlineData("value(main)")]
    [InlineData("dti * 2")]
    public void Outputs_within_0_to_1_or_without_a_proven_bound_are_not_warned(string formula)
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p / 100 * max }")
            + $"output o \"O\" {{ documented \"x\" value = {formula} }}\n";
        Assert.Empty(Compile.Text(text).Diagnostics);
    }
}
