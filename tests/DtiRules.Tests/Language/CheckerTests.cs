using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class CheckerTests
{
    private static IReadOnlyList<(string Code, int Line, int Column)> Check(string text) =>
        Compile.Positions(Compile.Text(text).Diagnostics);

    private static void AssertSingle(string text, string code, string at)
    {
        var (line, column) = Compile.PositionOf(text, at);
        Assert.Equal([(code, line, column)], Check(text));
    }

    [Fact]
    public void Unknown_name_is_reported_with_a_suggestion()
    {
        var text = MiniRuleset.WithNodes("input ty_le: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = ty_lee }");
        AssertSingle(text, "DR1001", "ty_lee");
        Assert.Contains("Did you mean 'ty_le'?", Compile.Text(text).Diagnostics.Single().Message);
    }

    [Fact]
    public void Duplicate_names_are_reported_at_the_second()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node p \"T\" max 100 { assumed \"x\" score = p }");
        AssertSingle(text, "DR1002", "p \"T\"");
    }

    [Fact]
    public void Yes_no_used_as_a_number()
    {
        var text = MiniRuleset.WithNodes("input y: yesno \"Y\"", "node t \"T\" max 100 { assumed \"x\" score = y * 100 }");
        AssertSingle(text, "DR2002", "y * 100");
    }

    [Fact]
    public void Percent_compared_with_a_level()
    {
        var text = MiniRuleset.WithNodes(
            "levels lv { none \"Không\" chair \"Trưởng\" }\ninput l: level(lv) \"L\"\ninput p: percent \"P\"",
            "node t \"T\" max 100 { assumed \"x\" score = if p > l then 100 else 0 }");
        AssertSingle(text, "DR2003", "p > l");
    }

    [Fact]
    public void Cycles_name_the_circle()
    {
        var text = MiniRuleset.WithNodes("",
            "node a \"A\" max 50 { assumed \"x\" score = b }\n  node b \"B\" max 50 { assumed \"x\" score = a }");
        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics);
        Assert.Equal("DR2007", diagnostic.Code);
        Assert.Contains("a → b → a", diagnostic.Message);
    }

    [Fact]
    public void Children_must_add_up_to_their_parent()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"",
            "node t \"T\" max 90 { assumed \"x\" score = p / 100 * 90 }");
        AssertSingle(text, "DR2008", "100 {");
    }

    [Fact]
    public void Total_must_be_the_scale()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }")
            .Replace("scale 100", "scale 1000", StringComparison.Ordinal);
        AssertSingle(text, "DR2009", "1000\n");
    }

    [Fact]
    public void A_table_value_above_max_is_an_error()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"",
            "node t \"T\" max 100 { assumed \"x\" score = tiers p { >= 50: 120, else: 0 } }");
        AssertSingle(text, "DR2011", "120");
    }

    [Fact]
    public void Cohort_functions_cannot_nest()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"",
            "node t \"T\" max 100 { assumed \"x\" score = min(relative_to_best(cohort_mean(p)), 1) * 100 }");
        AssertSingle(text, "DR2012", "cohort_mean");
    }

    [Fact]
    public void Unused_inputs_are_warned()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"\ninput q: percent \"Q\"", "node t \"T\" max 100 { assumed \"x\" score = p }");
        AssertSingle(text, "DR1011", "q:");
    }

    [Fact]
    public void Missing_provenance_is_warned()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { score = p }");
        AssertSingle(text, "DR1012", "t \"T\"");
    }

    [Fact]
    public void Unterminated_text_and_non_ascii_names_are_syntax_errors()
    {
        var text = MiniRuleset.WithNodes("input tỷ_lệ: percent \"P\ninput q: percent \"Q\"", "node t \"T\" max 100 { assumed \"x\" score = q }");
        var codes = Check(text).Select(d => d.Code).ToList();
        Assert.Contains("DR0002", codes);
        Assert.Contains("DR0007", codes);
        Assert.Equal(Compile.PositionOf(text, "tỷ_lệ"), Check(text).Where(d => d.Code == "DR0007").Select(d => (d.Line, d.Column)).Single());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"ab\\")]
    [InlineData("\"ab\\\"")]
    public void A_text_cut_short_anywhere_is_a_positioned_error_not_a_crash(string label)
    {
        var text = MiniRuleset.WithNodes("input q: percent \"Q\"", $"node t {label}");

        var diagnostics = Check(text);

        var (line, column) = Compile.PositionOf(text, $"node t {label}");
        Assert.Contains(diagnostics, d => d.Code == "DR0002" && (d.Line, d.Column) == (line, column + "node t ".Length));
    }

    [Fact]
    public void Decimal_commas_are_one_error_and_read_as_meant()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = tiers p { >= 50: 7,5 } }");
        AssertSingle(text, "DR0010", "7,5");
        var tiers = (DtiRules.Language.Binding.BoundTree.BoundTiersExpression)Compile.Text(text).Ruleset.FindNode("t")!.Formula!;
        Assert.Equal(7.5m, ((DtiRules.Language.Binding.BoundTree.BoundLiteral)tiers.Arms[0].Value).Value);
    }

    [Fact]
    public void Function_arguments_without_spaces_are_not_decimal_commas()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = min(p,100) }");
        Assert.Empty(Check(text));
    }

    [Theory]
    [InlineData(100_000, "(", ")")]
    [InlineData(200_000, "not ", "")]
    [InlineData(50_000, "1 + ", "1")]
    public void Pathological_nesting_ends_in_a_diagnostic(int depth, string open, string close)
    {
        var formula = string.Concat(Enumerable.Repeat(open, depth)) + (close.Length == 0 ? "yes" : "1") + string.Concat(Enumerable.Repeat(close, depth));
        var text = MiniRuleset.WithNodes("", $"node t \"T\" max 100 {{ assumed \"x\" score = {formula} }}");
        var compilation = Compile.Text(text);
        Assert.Contains(compilation.Diagnostics, d => d.Code == "DR0004");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n// only a comment\n")]
    public void Empty_files_get_a_diagnostic(string text)
    {
        var compilation = Compile.Text(text);
        Assert.True(compilation.HasErrors);
        Assert.All(compilation.Diagnostics, d => Assert.NotNull(d.Location));
    }

    [Fact]
    public void Huge_files_are_refused_with_a_diagnostic()
    {
        var text = new string(' ', DtiRules.Language.Syntax.Parsing.RulesetParser.MaxCharacters + 1);
        Assert.Equal("DR0005", Compile.Text(text).Diagnostics.First().Code);
    }
}
