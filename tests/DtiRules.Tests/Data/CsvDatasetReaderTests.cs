using DtiRules.Data;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class CsvDatasetReaderTests
{
    [Fact]
    public void Wide_form_gives_a_row_per_unit_with_cells_at_their_line_and_field_number()
    {
        const string text = "# synthetic data for tests\n# second note\nunit,ht_cap_quang,nt_chuyen_muc\nHà Nội,85.5,có\n\nĐà Nẵng,\"90\",không\n";
        var (data, diagnostics) = Read(text);

        AssertNoDiagnostics(diagnostics);
        Assert.NotNull(data);
        Assert.Equal(["synthetic data for tests", "second note"], data.Notes);
        Assert.False(data.DecimalComma);
        Assert.Equal(["Hà Nội", "Đà Nẵng"], data.Rows.Select(r => r.UnitText));
        var daNang = data.Rows[1];
        Assert.Equal(LineOf(text, "Đà Nẵng"), daNang.Location.Line);
        Assert.Equal(["ht_cap_quang", "nt_chuyen_muc"], daNang.Cells.Select(c => c.Field));
        Assert.Equal(["90", "không"], daNang.Cells.Select(c => c.Text));
        Assert.Equal([2, 3], daNang.Cells.Select(c => c.Location.Column));
        Assert.All(daNang.Cells, c => Assert.Equal(daNang.Location.Line, c.Location.Line));
        Assert.Equal((LineOf(text, "unit,"), 3), (data.FieldLocations["nt_chuyen_muc"].Line, data.FieldLocations["nt_chuyen_muc"].Column));
    }

    [Fact]
    public void A_quoted_cell_spanning_lines_keeps_later_rows_at_their_physical_line()
    {
        const string text = "unit,so_lieu\n\"Hà\nNội\",1\nHuế,2\n";
        var (data, diagnostics) = Read(text);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(LineOf(text, "Huế"), data!.Rows[1].Location.Line);
    }

    [Fact]
    public void Long_form_groups_cells_by_unit_in_first_appearance_order()
    {
        const string text = "unit,field,value\nHà Nội,ht_cap_quang,85\nHuế,ht_cap_quang,70\nHA NOI,nt_chuyen_muc,có\n";
        var (data, diagnostics) = Read(text);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["Hà Nội", "Huế"], data!.Rows.Select(r => r.UnitText));
        var haNoi = data.Rows[0];
        Assert.Equal(["ht_cap_quang", "nt_chuyen_muc"], haNoi.Cells.Select(c => c.Field));
        Assert.Equal(["85", "có"], haNoi.Cells.Select(c => c.Text));
        Assert.Equal((LineOf(text, "HA NOI"), 3), (haNoi.Cells[1].Location.Line, haNoi.Cells[1].Location.Column));
    }

    [Fact]
    public void Long_form_repeated_unit_and_field_is_reported_at_the_second_naming_the_first()
    {
        const string text = "unit,field,value\nHà Nội,ht_cap_quang,85\nHuế,ht_cap_quang,70\nHà Nội,ht_cap_quang,86\n";
        var (_, diagnostics) = Read(text);

        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.DuplicateLongFormCell, LineOf(text, ",86"), 2);
        Assert.Contains($"line {LineOf(text, ",85")}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_comma_and_semicolon_delimiter_are_read_from_settings()
    {
        const string text = "# dti: decimal=comma delimiter=;\n# ghi chú\nunit;so_lieu\nHà Nội;0,5208\n";
        var (data, diagnostics) = Read(text);

        AssertNoDiagnostics(diagnostics);
        Assert.True(data!.DecimalComma);
        Assert.Equal(["ghi chú"], data.Notes);
        Assert.Equal("0,5208", data.Rows[0].Cells[0].Text);
    }

    [Fact]
    public void Excel_sep_line_sets_the_delimiter_and_is_not_the_header()
    {
        const string text = "sep=;\nunit;so_lieu\nHuế;7\n";
        var (data, diagnostics) = Read(text);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal("so_lieu", data!.Rows[0].Cells[0].Field);
        Assert.Equal(LineOf(text, "Huế"), data.Rows[0].Location.Line);
    }

    [Theory]
    [InlineData("unit\tso_lieu\tkt_grdp\nHuế\t7\t1,5\n", "1,5")]
    [InlineData("# dti: decimal=comma\nunit;so_lieu;kt_grdp\nHuế;7;1,5\n", "1,5")]
    [InlineData("unit,so_lieu,kt_grdp\nHuế,7,\"1;5\"\n", "1;5")]
    public void A_header_split_by_only_tabs_or_only_semicolons_sets_the_delimiter(string text, string third)
    {
        var (data, diagnostics) = Read(text);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["so_lieu", "kt_grdp"], data!.Rows[0].Cells.Select(c => c.Field));
        Assert.Equal(["7", third], data.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_delimiter_setting_wins_over_the_header()
    {
        var (data, _) = Read("# dti: delimiter=,\nunit;so_lieu\nHuế;7\n");

        Assert.Null(data);
    }

    [Fact]
    public void An_unknown_setting_is_reported_on_its_line()
    {
        const string text = "# dti: decimal=koma\nunit,so_lieu\nHuế,7\n";
        var (_, diagnostics) = Read(text);

        AssertOnly(diagnostics, DataDiagnostics.UnknownSetting, 1, 1);
    }

    [Fact]
    public void A_header_without_unit_first_is_reported_at_its_first_column()
    {
        const string text = "# note\ntinh,so_lieu\nHuế,7\n";
        var (data, diagnostics) = Read(text);

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.NoUnitColumn, LineOf(text, "tinh"), 1);
    }

    [Fact]
    public void Duplicate_and_empty_column_names_are_reported_at_their_column_and_rows_are_still_read()
    {
        const string text = "unit,so_lieu,,kt_grdp,so_lieu\nHuế,1,2,3,4\n";
        var (data, diagnostics) = Read(text);

        Assert.Equal(2, diagnostics.Count);
        AssertHas(diagnostics, DataDiagnostics.EmptyFieldName, 1, 3);
        var duplicate = AssertHas(diagnostics, DataDiagnostics.DuplicateColumn, 1, 5);
        Assert.Contains("column 2", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(["so_lieu", "kt_grdp"], data!.Rows[0].Cells.Select(c => c.Field));
        Assert.Equal(["1", "3"], data.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Rows_with_the_wrong_cell_count_are_reported_at_the_first_missing_or_extra_cell()
    {
        const string text = "unit,so_lieu,kt_grdp\nHuế,1\nHà Nội,1,2,3\nĐà Nẵng,1,2,,\n";
        var (data, diagnostics) = Read(text);

        Assert.Equal(2, diagnostics.Count);
        AssertHas(diagnostics, DataDiagnostics.WrongCellCount, LineOf(text, "Huế"), 3);
        AssertHas(diagnostics, DataDiagnostics.WrongCellCount, LineOf(text, "Hà Nội"), 4);
        Assert.Equal(["Đà Nẵng"], data!.Rows.Select(r => r.UnitText));
    }

    [Fact]
    public void An_empty_unit_cell_is_reported()
    {
        const string text = "unit,so_lieu\nHuế,1\n  ,2\n";
        var (data, diagnostics) = Read(text);

        AssertOnly(diagnostics, DataDiagnostics.EmptyUnitName, LineOf(text, ",2"), 1);
        Assert.Single(data!.Rows);
    }

    [Fact]
    public void Broken_quoting_is_reported_on_its_line()
    {
        const string text = "unit,so_lieu\nHuế,\"1\"x\nHà Nội,2\n";
        var (data, diagnostics) = Read(text);

        AssertOnly(diagnostics, DataDiagnostics.MalformedQuoting, LineOf(text, "Huế"), 1);
        Assert.Equal(["Hà Nội"], data!.Rows.Select(r => r.UnitText));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a note\n")]
    public void A_file_without_header_and_rows_is_empty(string text)
    {
        var (data, diagnostics) = Read(text);

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.EmptyData, 0, 0);
    }

    [Fact]
    public void A_file_with_only_a_header_is_empty_at_the_header()
    {
        const string text = "# note\nunit,so_lieu\n";
        var (data, diagnostics) = Read(text);

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.EmptyData, LineOf(text, "unit"), 1);
    }

    [Theory]
    [InlineData("data.xls", ".xls")]
    [InlineData("data", "(no extension)")]
    public void Other_formats_are_refused(string path, string shown)
    {
        var (data, diagnostics) = Read("unit,x\nHuế,1\n", path);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnknownFormat, 0, 0);
        Assert.Contains(shown, diagnostic.Message, StringComparison.Ordinal);
    }
}
