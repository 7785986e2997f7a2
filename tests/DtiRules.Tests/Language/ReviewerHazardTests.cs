using DtiRules.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

/// <summary>Rulesets that check clean yet do not mean what a reviewer reads: reversed bounds and hidden direction controls.</summary>
public sealed class ReviewerHazardTests
{
    [Fact]
    public void Clamp_with_its_bounds_reversed_is_a_positioned_warning()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = clamp(p, 100, 0) }");
        var compilation = Compile.Text(text);
        var (line, column) = Compile.PositionOf(text, "clamp(p, 100, 0)");
        Assert.Equal([("DR2040", line, column)], Compile.Positions(compilation.Diagnostics));
        Assert.False(compilation.HasErrors);
        Assert.Contains("low 100 is above high 0, so the result is always 100", compilation.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clamp(p, 0, 100)")]
    [InlineData("clamp(p, 100, 100)")]
    [InlineData("clamp(p, 100 - p, p)")]
    public void Clamp_with_bounds_in_order_or_not_constant_is_clean(string formula)
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", $"node t \"T\" max 100 {{ assumed \"x\" score = {formula} }}");
        Assert.Empty(Compile.Text(text).Diagnostics);
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u200F')]
    public void A_direction_control_in_a_label_or_comment_is_a_warning_where_it_stands(char control)
    {
        var text = MiniRuleset.WithNodes(
            "input p: percent \"P\" // chú thích " + control + "ẩn",
            "node t \"Nhãn " + control + "đảo\" max 100 { assumed \"x\" score = p }");
        var compilation = Compile.Text(text);
        var expected = text.Split('\n')
            .Select((line, index) => (Line: index + 1, Column: line.IndexOf(control, StringComparison.Ordinal) + 1))
            .Where(at => at.Column > 0)
            .Select(at => ("DR0020", at.Line, at.Column))
            .ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, Compile.Positions(compilation.Diagnostics));
        Assert.False(compilation.HasErrors);
    }

    [Fact]
    public void Emitted_code_escapes_direction_controls_in_comments_and_literals()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"Nhãn \u202Eđảo\" max 100 { assumed \"x \u2067y\" score = p }");
        var code = CompiledEngine.Emit(Compile.Text(text).Ruleset);
        Assert.DoesNotContain('\u202E', code);
        Assert.DoesNotContain('\u2067', code);
        Assert.Contains("Nhãn \\u202eđảo", code, StringComparison.Ordinal);
    }
}
