using System.Globalization;
using System.Text;
using DtiRules.Data.Reading;
using DtiRules.Data;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Schema;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class CellParserTests
{
    private static readonly SourceLocation CellLocation = new("data.csv", 4, 3);

    private static (bool Ok, decimal? Value, DiagnosticBag Diagnostics) Parse(string text, DataField field, bool decimalComma = false)
    {
        var diagnostics = new DiagnosticBag();
        var ok = CellParser.TryParse(new RawCell(field.Name, text, CellLocation), field, decimalComma, diagnostics, out var value);
        return (ok, value, diagnostics);
    }

    private static decimal ParsedValue(string text, DataField field, bool decimalComma = false)
    {
        var (ok, value, diagnostics) = Parse(text, field, decimalComma);
        AssertNoDiagnostics(diagnostics);
        Assert.True(ok);
        Assert.NotNull(value);
        return value.Value;
    }

    private static Diagnostic ParseError(string text, DataField field, DiagnosticDescriptor expected, bool decimalComma = false)
    {
        var (ok, value, diagnostics) = Parse(text, field, decimalComma);
        Assert.False(ok);
        Assert.Null(value);
        return AssertOnly(diagnostics, expected, CellLocation.Line, CellLocation.Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData(" N/A ")]
    public void Empty_and_na_cells_are_missing_without_error(string text)
    {
        foreach (var field in TestSchemas.Schema.Fields)
        {
            var (ok, value, diagnostics) = Parse(text, field);
            Assert.True(ok);
            Assert.Null(value);
            AssertNoDiagnostics(diagnostics);
        }
    }

    [Theory]
    [InlineData("0.5", "0.5")]
    [InlineData(" 12 ", "12")]
    [InlineData("\u00A07.25\u00A0", "7.25")]
    [InlineData("-3", "-3")]
    [InlineData("1e3", "1000")]
    [InlineData(".5", "0.5")]
    public void Invariant_numbers_are_read(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), ParsedValue(text, TestSchemas.FreeNumber));

    [Fact]
    public void Reading_does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // vi-VN writes 0,5 and would read "0.5" as 5.
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal(0.5m, ParsedValue("0.5", TestSchemas.FreeNumber));
            Assert.Equal(2000.5m, ParsedValue("2.000,5", TestSchemas.FreeNumber, decimalComma: true));
            ParseError("0,5", TestSchemas.FreeNumber, DataDiagnostics.UndeclaredDecimalComma);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("0,5208", "0.5208")]
    [InlineData("2.000,5", "2000.5")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("12", "12")]
    [InlineData("-0,25", "-0.25")]
    public void Declared_decimal_comma_numbers_are_read(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), ParsedValue(text, TestSchemas.FreeNumber, decimalComma: true));

    [Fact]
    public void An_undeclared_decimal_comma_says_how_to_declare_it()
    {
        var diagnostic = ParseError("0,5", TestSchemas.FreeNumber, DataDiagnostics.UndeclaredDecimalComma);
        Assert.Contains("# dti: decimal=comma", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("write 0.5", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", false)]
    [InlineData("1,000,000", false)]
    [InlineData("0.5.1", false)]
    [InlineData("0.5", true)]
    [InlineData("1.50", true)]
    [InlineData("١٢", false)]
    public void Text_that_is_no_number_in_the_file_convention_is_reported(string text, bool decimalComma)
    {
        var diagnostic = ParseError(text, TestSchemas.FreeNumber, DataDiagnostics.NotANumber, decimalComma);
        Assert.Contains(decimalComma ? "0,5" : "0.5", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("85%", "85")]
    [InlineData("85,5 %", "85.5")]
    [InlineData("100", "100")]
    public void Percent_accepts_a_trailing_percent_sign(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), ParsedValue(text, TestSchemas.FibreShare, decimalComma: text.Contains(',', StringComparison.Ordinal)));

    [Fact]
    public void Percent_defaults_to_0_to_100_and_other_kinds_refuse_a_percent_sign()
    {
        var diagnostic = ParseError("120%", TestSchemas.FibreShare, DataDiagnostics.OutOfRange);
        Assert.Contains("0..100", diagnostic.Message, StringComparison.Ordinal);
        ParseError("12%", TestSchemas.DigitalEconomyShare, DataDiagnostics.NotANumber);
    }

    [Fact]
    public void The_fields_range_is_checked_and_named()
    {
        var field = TestSchemas.DigitalEconomyShare;
        var diagnostic = ParseError("100.5", field, DataDiagnostics.OutOfRange);
        Assert.Contains($"{field.Minimum}..{field.Maximum}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(field.Maximum, ParsedValue(field.Maximum!.Value.ToString(CultureInfo.InvariantCulture), field));
    }

    [Fact]
    public void A_node_value_column_of_a_ruleset_allows_exactly_0_to_1()
    {
        var ruleset = Compile.Clean(MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }"));
        Assert.True(ruleset.Schema.TryGetField("main", out var value));
        ParseError("1.2", value, DataDiagnostics.OutOfRange);
        var diagnostic = ParseError("-0.1", value, DataDiagnostics.OutOfRange);
        Assert.Contains("0..1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(0.5934m, ParsedValue("0.5934", value));
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("-1")]
    public void A_count_must_be_a_whole_number_not_below_zero(string text) =>
        ParseError(text, TestSchemas.Meetings, DataDiagnostics.CountNotWhole);

    [Fact]
    public void A_count_reads_whole_numbers_and_checks_its_range()
    {
        Assert.Equal(4m, ParsedValue("4", TestSchemas.Meetings));
        Assert.Equal(4m, ParsedValue("4.0", TestSchemas.Meetings));
        ParseError("101", TestSchemas.Meetings, DataDiagnostics.OutOfRange);
    }

    [Theory]
    [InlineData("yes", 1)]
    [InlineData("Có", 1)]
    [InlineData("CÓ", 1)]
    [InlineData("co", 1)]
    [InlineData("TRUE", 1)]
    [InlineData("1", 1)]
    [InlineData("x", 1)]
    [InlineData("X", 1)]
    [InlineData("no", 0)]
    [InlineData("Không", 0)]
    [InlineData("khong", 0)]
    [InlineData("false", 0)]
    [InlineData("0", 0)]
    public void Yes_no_accepts_vietnamese_and_english_in_any_diacritic_form(string text, int expected)
    {
        Assert.Equal(expected, ParsedValue(text, TestSchemas.PortalSection));
        Assert.Equal(expected, ParsedValue(text.Normalize(NormalizationForm.FormD), TestSchemas.PortalSection));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("yess")]
    public void Other_yes_no_text_is_reported(string text) =>
        ParseError(text, TestSchemas.PortalSection, DataDiagnostics.BadYesNo);

    [Fact]
    public void A_level_is_read_by_member_name_or_label_in_any_form_as_its_position()
    {
        var field = TestSchemas.ChairLevel;
        for (var position = 0; position < field.LevelMembers.Count; position++)
        {
            var label = field.LevelLabels[position];
            Assert.Equal(position, ParsedValue(field.LevelMembers[position], field));
            Assert.Equal(position, ParsedValue(field.LevelMembers[position].ToUpperInvariant(), field));
            Assert.Equal(position, ParsedValue(label, field));
            Assert.Equal(position, ParsedValue(label.Normalize(NormalizationForm.FormD).ToLowerInvariant(), field));
        }

        Assert.Equal(1m, ParsedValue("Cap pho", field));
    }

    [Fact]
    public void An_unknown_level_lists_the_members()
    {
        var diagnostic = ParseError("Phó ban", TestSchemas.ChairLevel, DataDiagnostics.BadLevel);
        Assert.All(TestSchemas.ChairLevel.LevelMembers, m => Assert.Contains($"'{m}'", diagnostic.Message, StringComparison.Ordinal));
    }
}
