using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;
using DtiRules.Tests.Editions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class UnitClauseTests
{
    private static string Ruleset(string unitClauses) => $$"""
        ruleset mini edition 2022 {
          title "Bộ chỉ số thử"
          basis "test"
        {{unitClauses}}
          scale 100
        }
        input p: percent "P"
        node main "Chính" max 100 { documented "test" score = p }
        index dti "DTI" { documented "total / scale" }
        """;

    private static string Extension(string unitClauses) => $$"""
        ruleset mini edition 2023 extends mini 2022 {
          title "Bộ chỉ số thử 2023"
        {{unitClauses}}
        }
        """;

    [Theory]
    [InlineData("province")]
    [InlineData("commune")]
    [InlineData("district")]
    [InlineData("department")]
    [InlineData("ministry")]
    [InlineData("custom")]
    public void Every_kind_is_accepted(string kind)
    {
        var compilation = Compile.Text(Ruleset($"  unit {kind}"));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(kind, compilation.Ruleset.Header.UnitKind);
        Assert.Equal(UnitListSource.BuiltIn, compilation.Ruleset.Header.UnitList.Source);
    }

    [Fact]
    public void An_unknown_kind_is_positioned_with_a_suggestion()
    {
        var text = Ruleset("  unit comune");
        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics);
        Assert.Equal("DR1010", diagnostic.Code);
        Assert.Equal(Compile.PositionOf(text, "comune"), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("'commune'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_path_is_resolved_beside_the_ruleset_file()
    {
        var compilation = RulesetCompilation.Create(SourceText.From(Ruleset("  unit commune\n  units \"lists/communes.csv\""), Path.Combine("rules", "2022.dti")));
        Assert.Empty(compilation.Diagnostics);
        var list = compilation.Ruleset.Header.UnitList;
        Assert.Equal(UnitListSource.File, list.Source);
        Assert.Equal(Path.Combine("rules", "lists", "communes.csv"), list.Path);
        Assert.Equal(5, list.Location!.Line);
        Assert.Equal(4, compilation.Ruleset.Header.UnitKindLocation.Line);
    }

    [Theory]
    [InlineData(@"..\x.csv", "x.csv")]
    [InlineData(@"data\units\x.csv", "rules/data/units/x.csv")]
    [InlineData(@"data\\units\\x.csv", "rules/data/units/x.csv")]
    [InlineData(@"..\lists\\x.csv", "lists/x.csv")]
    public void A_windows_path_with_single_backslashes_names_the_file_typed(string written, string expected)
    {
        var compilation = RulesetCompilation.Create(SourceText.From(Ruleset($"  unit commune\n  units \"{written}\""), Path.Combine("rules", "2022.dti")));

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(UnitListSource.File, compilation.Ruleset.Header.UnitList.Source);
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), compilation.Ruleset.Header.UnitList.Path);
    }

    [Theory]
    [InlineData(@"data\new.csv")]
    [InlineData(@"lists\tinh.csv")]
    public void A_path_whose_backslash_makes_a_new_line_or_tab_is_an_error_with_the_fix(string written)
    {
        var text = Ruleset($"  unit commune\n  units \"{written}\"");

        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics);

        Assert.Equal("DR1033", diagnostic.Code);
        Assert.Equal(Compile.PositionOf(text, $"\"{written}"), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains($"\"{written}\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("double the backslash", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backslash_before_anything_but_an_escape_stays_in_a_label()
    {
        var ruleset = Compile.Clean(Ruleset("  unit province").Replace("\"Chính\"", """ "A\B \"C\" \\D\x" """.Trim(), StringComparison.Ordinal));

        Assert.Equal("""A\B "C" \D\x""", ruleset.Nodes.Single().Label);
    }

    [Fact]
    public void An_open_list_is_accepted()
    {
        var compilation = Compile.Text(Ruleset("  unit custom\n  units open"));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(UnitListSource.Open, compilation.Ruleset.Header.UnitList.Source);
    }

    [Theory]
    [InlineData("units openn", "openn")]
    [InlineData("units 5", "5")]
    [InlineData("units \" \"", "\" \"")]
    public void A_units_clause_that_is_neither_a_path_nor_open_is_an_error(string clause, string value)
    {
        var text = Ruleset($"  unit commune\n  {clause}");
        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics);
        Assert.Equal("DR1030", diagnostic.Code);
        Assert.Equal(Compile.PositionOf(text, value), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void The_units_clause_is_inherited_and_can_be_restated()
    {
        var basePath = Path.Combine("family", "2022.dti");
        var locator = new InMemoryLocator((basePath, Ruleset("  unit commune\n  units \"communes.csv\"")));
        var inherited = RulesetCompilation.Create(SourceText.From(Extension(string.Empty), Path.Combine("family", "2023.dti")), locator);
        Assert.Empty(inherited.Diagnostics);
        Assert.Equal("commune", inherited.Ruleset.Header.UnitKind);
        Assert.Equal(Path.Combine("family", "communes.csv"), inherited.Ruleset.Header.UnitList.Path);
        Assert.Equal(basePath, inherited.Ruleset.Header.UnitList.Location!.Path);

        var restated = RulesetCompilation.Create(SourceText.From(Extension("  units open"), Path.Combine("family", "2023.dti")), locator);
        Assert.Empty(restated.Diagnostics);
        Assert.Equal(UnitListSource.Open, restated.Ruleset.Header.UnitList.Source);
        Assert.Equal("commune", restated.Ruleset.Header.UnitKind);
    }

    [Fact]
    public void Fmt_and_the_resolved_text_keep_the_clauses()
    {
        var text = Ruleset("  unit   commune\n  units    \"communes.csv\"");
        var formatted = SyntaxPrinter.Format(SyntaxTree.Parse(SourceText.From(text, "a.dti")));
        Assert.Contains("  unit  commune\n", formatted, StringComparison.Ordinal);
        Assert.Contains("  units \"communes.csv\"\n", formatted, StringComparison.Ordinal);

        var resolved = SyntaxPrinter.Print(Compile.Clean(text).Declarations);
        var again = Compile.Clean(resolved);
        Assert.Equal("commune", again.Header.UnitKind);
        Assert.Equal("communes.csv", again.Header.UnitList.Path);
    }

    [Fact]
    public void A_changed_unit_list_is_a_methodology_change()
    {
        var before = Compile.Clean(Ruleset("  unit commune\n  units \"communes-2024.csv\""));
        var after = Compile.Clean(Ruleset("  unit commune\n  units \"communes-2025.csv\""));
        var change = Assert.Single(DtiRules.Analysis.Diff.MethodologyComparer.Compare(before, after).Changes, c => c.Id == "units");
        Assert.Equal(("communes-2024.csv", "communes-2025.csv"), (change.OldValue, change.NewValue));
        Assert.DoesNotContain(DtiRules.Analysis.Diff.MethodologyComparer.Compare(before, before).Changes, c => c.Id == "units");
    }
}
