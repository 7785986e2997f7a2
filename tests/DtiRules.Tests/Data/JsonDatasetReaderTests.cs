using DtiRules.Data;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class JsonDatasetReaderTests
{
    private static (DtiRules.Data.Reading.RawDataset? Data, DtiRules.Language.Diagnostics.DiagnosticBag Diagnostics) ReadJson(string text) =>
        Read(text, "data.json");

    [Fact]
    public void Object_form_gives_notes_rows_and_cells_at_their_value()
    {
        const string text = """
            {
              "notes": ["synthetic data", "second note"],
              "units": [
                { "unit": "Hà Nội", "so_lieu": 0.50, "nt_chuyen_muc": true, "kt_grdp": null, "ht_cap_quang": "85%" },
                { "unit": "Huế", "so_lieu": 12 }
              ]
            }
            """;
        var (data, diagnostics) = ReadJson(text);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["synthetic data", "second note"], data!.Notes);
        Assert.Equal(["Hà Nội", "Huế"], data.Rows.Select(r => r.UnitText));
        var haNoi = data.Rows[0];
        Assert.Equal(["so_lieu", "nt_chuyen_muc", "kt_grdp", "ht_cap_quang"], haNoi.Cells.Select(c => c.Field));
        Assert.Equal(["0.50", "true", "", "85%"], haNoi.Cells.Select(c => c.Text));
        Assert.Equal((LineOf(text, "Hà Nội"), ColumnOf(text, "0.50")), (haNoi.Cells[0].Location.Line, haNoi.Cells[0].Location.Column));
        Assert.Equal((LineOf(text, "Hà Nội"), ColumnOf(text, "\"Hà Nội\"")), (haNoi.Location.Line, haNoi.Location.Column));
        Assert.Equal(ColumnOf(text, "\"85%\""), haNoi.Cells[3].Location.Column);
    }

    [Fact]
    public void A_top_level_list_of_units_is_accepted()
    {
        const string text = """[ { "unit": "Huế", "so_lieu": 1 }, { "unit": "Cà Mau", "so_lieu": 2.5 } ]""";
        var (data, diagnostics) = ReadJson(text);

        AssertNoDiagnostics(diagnostics);
        Assert.Empty(data!.Notes);
        Assert.Equal(["1", "2.5"], data.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Declared_decimal_comma_spells_json_numbers_with_a_comma_and_keeps_texts()
    {
        const string text = """{ "decimal": "comma", "units": [ { "unit": "Huế", "so_lieu": 0.5208, "kt_grdp": "2.000,5" } ] }""";
        var (data, diagnostics) = ReadJson(text);

        AssertNoDiagnostics(diagnostics);
        Assert.True(data!.DecimalComma);
        Assert.Equal(["0,5208", "2.000,5"], data.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_property_given_twice_in_a_unit_is_reported_at_the_second_naming_the_first()
    {
        const string text = """
            { "units": [
              { "unit": "Huế",
                "so_lieu": 1,
                "so_lieu": 2 }
            ] }
            """;
        var (data, diagnostics) = ReadJson(text);

        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.DuplicateJsonProperty, LineOf(text, "\"so_lieu\": 2"), ColumnOf(text, "\"so_lieu\": 2"));
        Assert.Contains($"line {LineOf(text, "\"so_lieu\": 1")}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["1"], data!.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_unit_property_given_twice_and_a_repeated_top_level_property_are_reported()
    {
        const string text = """
            { "notes": [],
              "units": [ { "unit": "Huế", "unit": "Hà Nội" } ],
              "notes": [] }
            """;
        var (_, diagnostics) = ReadJson(text);

        Assert.Equal(2, diagnostics.Count);
        AssertHas(diagnostics, DataDiagnostics.DuplicateJsonProperty, LineOf(text, "Hà Nội"), ColumnOf(text, "\"unit\": \"Hà Nội\""));
        AssertHas(diagnostics, DataDiagnostics.DuplicateJsonProperty, 3, 3);
    }

    [Fact]
    public void Invalid_json_is_reported_at_the_parser_position()
    {
        const string text = "{ \"units\": [\n  { \"unit\": \"Huế\", \"so_lieu\": 1,, }\n] }";
        var (data, diagnostics) = ReadJson(text);

        Assert.Null(data);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.InvalidJson.Code, diagnostic.Code);
        Assert.Equal(2, diagnostic.Location!.Line);
        Assert.InRange(diagnostic.Location.Column, ColumnOf(text, ",,"), ColumnOf(text, ",,") + 1);
        Assert.DoesNotContain("Path '", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_document_is_invalid_json()
    {
        var (data, diagnostics) = ReadJson("[ { \"unit\": \"Huế\" } ] x");

        Assert.Null(data);
        Assert.Equal(DataDiagnostics.InvalidJson.Code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Shape_problems_are_reported_at_the_offending_value_and_the_rest_is_read()
    {
        const string text = """
            { "version": 2,
              "units": [
                { "unit": "Huế", "so_lieu": [1, 2], "kt_grdp": 3 },
                42,
                { "so_lieu": 1 },
                { "unit": "  ", "so_lieu": 1 },
                { "unit": "Cà Mau" }
              ] }
            """;
        var (data, diagnostics) = ReadJson(text);

        Assert.Equal(5, diagnostics.Count);
        AssertHas(diagnostics, DataDiagnostics.UnexpectedJsonShape, 1, ColumnOf(text, "\"version\"") + "\"version\": ".Length);
        AssertHas(diagnostics, DataDiagnostics.UnexpectedJsonShape, LineOf(text, "[1, 2]"), ColumnOf(text, "[1, 2]"));
        AssertHas(diagnostics, DataDiagnostics.UnexpectedJsonShape, LineOf(text, "42"), ColumnOf(text, "42"));
        AssertHas(diagnostics, DataDiagnostics.NoUnitColumn, LineOf(text, "{ \"so_lieu\": 1 }"), ColumnOf(text, "{ \"so_lieu\": 1 }"));
        AssertHas(diagnostics, DataDiagnostics.EmptyUnitName, LineOf(text, "\"  \""), ColumnOf(text, "\"  \""));
        Assert.Equal(["Huế", "Cà Mau"], data!.Rows.Select(r => r.UnitText));
        Assert.Equal(["3"], data.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void An_unknown_decimal_setting_is_reported()
    {
        const string text = """{ "decimal": "dot", "units": [ { "unit": "Huế" } ] }""";
        var (_, diagnostics) = ReadJson(text);

        AssertOnly(diagnostics, DataDiagnostics.UnknownSetting, 1, ColumnOf(text, "\"dot\""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"units\": [] }")]
    public void No_units_is_an_empty_dataset(string text)
    {
        var (data, diagnostics) = ReadJson(text);

        Assert.True(data is null || data.Rows.Count == 0);
        Assert.Equal(DataDiagnostics.EmptyData.Code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_object_without_units_is_reported()
    {
        var (data, diagnostics) = ReadJson("{ \"notes\": [\"x\"] }");

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.UnexpectedJsonShape, 1, 1);
    }
}
