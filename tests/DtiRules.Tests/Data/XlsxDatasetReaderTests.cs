using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Data;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class XlsxDatasetReaderTests
{
    private const string SheetPath = "data.xlsx[Tỉnh]";

    private static (RawDataset? Data, DiagnosticBag Diagnostics) ReadBook(byte[] book, string path = "data.xlsx")
    {
        var diagnostics = new DiagnosticBag();
        return (DatasetReader.Read(book, path, diagnostics), diagnostics);
    }

    private static (ScoringData? Data, DiagnosticBag Diagnostics) ReadAndBind(byte[] book)
    {
        var (raw, diagnostics) = ReadBook(book);
        Assert.NotNull(raw);
        return (DatasetBinder.Bind(raw, TestSchemas.Schema, UnitList.Provinces63, diagnostics), diagnostics);
    }

    private static IReadOnlyList<decimal?> Column(ScoringData data, string field)
    {
        Assert.True(data.TryGetColumn(field, out var column));
        return column;
    }

    [Fact]
    public void A_wide_sheet_binds_like_the_same_csv_with_numbers_read_as_numbers()
    {
        var book = XlsxFixtures.Book(("Tỉnh",
        [
            ["unit", "ht_cap_quang", "nt_chuyen_muc", "nt_truong_ban", "nt_so_cuoc_hop"],
            ["TP.HCM", 85.5, "có", "Cấp phó", 4],
            ["Thừa Thiên Huế", null, false, "chair", 3],
            ["Hà Nội", "70.5", true, null, 12d],
        ]));
        const string csv = "unit,ht_cap_quang,nt_chuyen_muc,nt_truong_ban,nt_so_cuoc_hop\nTP.HCM,85.5,có,Cấp phó,4\nThừa Thiên Huế,,false,chair,3\nHà Nội,70.5,true,,12\n";
        var (fromBook, bookDiagnostics) = ReadAndBind(book);
        var (rawCsv, csvDiagnostics) = Read(csv);
        var fromCsv = DatasetBinder.Bind(rawCsv!, TestSchemas.Schema, UnitList.Provinces63, csvDiagnostics);

        AssertNoDiagnostics(bookDiagnostics);
        AssertNoDiagnostics(csvDiagnostics);
        Assert.NotNull(fromBook);
        Assert.Equal(fromCsv!.Units, fromBook.Units);
        foreach (var field in new[] { "ht_cap_quang", "nt_chuyen_muc", "nt_truong_ban", "nt_so_cuoc_hop" })
        {
            Assert.Equal(Column(fromCsv, field), Column(fromBook, field));
        }

        Assert.Equal([85.5m, null, 70.5m], Column(fromBook, "ht_cap_quang"));
        Assert.Equal([1m, 0m, 1m], Column(fromBook, "nt_chuyen_muc"));
    }

    [Fact]
    public void A_decimal_comma_in_a_text_cell_follows_the_csv_rules()
    {
        var (data, diagnostics) = ReadAndBind(XlsxFixtures.Book(("Tỉnh", [["unit", "ht_cap_quang"], ["Hà Nội", "70,5"]])));

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.UndeclaredDecimalComma, 2, 2);
        var (declared, declaredDiagnostics) = ReadAndBind(XlsxFixtures.Book(("Tỉnh", [["# dti: decimal=comma"], ["unit", "ht_cap_quang"], ["Hà Nội", "70,5"], ["Huế", 61.25]])));
        AssertNoDiagnostics(declaredDiagnostics);
        Assert.Equal([70.5m, 61.25m], Column(declared!, "ht_cap_quang"));
    }

    [Fact]
    public void Numbers_keep_the_digits_a_spreadsheet_shows_and_need_no_decimal_setting()
    {
        var (raw, diagnostics) = ReadBook(XlsxFixtures.Book(("Tỉnh", [["unit", "so_lieu"], ["Hà Nội", 0.1 + 0.2], ["Huế", 1234567.125]])));

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["0.3", "1234567.125"], raw!.Rows.Select(r => r.Cells[0].Text));
        Assert.False(raw.DecimalComma);
    }

    [Fact]
    public void Cells_are_positioned_by_sheet_row_and_column()
    {
        var (raw, diagnostics) = ReadBook(XlsxFixtures.Book(("Tỉnh",
        [
            ["# Synthetic data"],
            [],
            ["unit", "ht_cap_quang", "nt_chuyen_muc"],
            ["Hà Nội", 50, "có"],
        ])));

        AssertNoDiagnostics(diagnostics);
        Assert.Equal("data.xlsx", raw!.Path);
        Assert.Equal(["Synthetic data"], raw.Notes);
        var row = Assert.Single(raw.Rows);
        Assert.Equal((SheetPath, 4, 1), (row.Location.Path, row.Location.Line, row.Location.Column));
        Assert.Equal((SheetPath, 4, 3), (row.Cells[1].Location.Path, row.Cells[1].Location.Line, row.Cells[1].Location.Column));
        Assert.Equal($"{SheetPath}(3,2)", raw.FieldLocations["ht_cap_quang"].ToString());
    }

    [Fact]
    public void A_bad_number_and_an_unknown_unit_are_reported_at_their_cells()
    {
        var (data, diagnostics) = ReadAndBind(XlsxFixtures.Book(("Tỉnh",
        [
            ["unit", "nt_chuyen_muc", "ht_cap_quang"],
            ["Hà Nội", "có", 40],
            ["Hà Nọi Mới", "có", 50],
            ["Huế", "không", "bốn mươi"],
        ])));

        Assert.Null(data);
        var unknown = AssertHas(diagnostics, DataDiagnostics.UnknownUnit, 3, 1);
        Assert.Equal(SheetPath, unknown.Location!.Path);
        Assert.StartsWith($"{SheetPath}(3,1): error DR4006: Unknown unit 'Hà Nọi Mới'", unknown.ToString(), StringComparison.Ordinal);
        var number = AssertHas(diagnostics, DataDiagnostics.NotANumber, 4, 3);
        Assert.StartsWith($"{SheetPath}(4,3): error DR4007: 'bốn mươi' is not a number", number.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void Long_form_sheets_are_read_like_long_form_csv()
    {
        var (data, diagnostics) = ReadAndBind(XlsxFixtures.Book(("Tỉnh",
        [
            ["unit", "field", "value"],
            ["Hà Nội", "ht_cap_quang", 61.5],
            ["Hà Nội", "nt_chuyen_muc", "có"],
            ["Huế", "ht_cap_quang", 40],
            ["Huế", "ht_cap_quang", 41],
        ])));

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.DuplicateLongFormCell, 5, 2);
    }

    [Fact]
    public void A_notes_sheet_gives_notes_and_the_data_comes_from_the_first_other_sheet()
    {
        var (raw, diagnostics) = ReadBook(XlsxFixtures.Book(
            ("notes", [["Synthetic data, NOT real DTI results."], [], ["Seed 2022."]]),
            ("Tỉnh", [["unit", "so_lieu"], ["Hà Nội", 1]]),
            ("Sheet2", [["ignored"]])));

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["Synthetic data, NOT real DTI results.", "Seed 2022."], raw!.Notes);
        Assert.Equal("Hà Nội", Assert.Single(raw.Rows).UnitText);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_diagnostic()
    {
        var (raw, diagnostics) = ReadBook([.. "unit,so_lieu\nHà Nội,1\n"u8]);

        Assert.Null(raw);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.UnreadableWorkbook.Code, diagnostic.Code);
        Assert.Equal("data.xlsx", diagnostic.Location!.ToString());
    }

    [Fact]
    public void A_workbook_with_only_notes_has_no_data_sheet()
    {
        var (raw, diagnostics) = ReadBook(XlsxFixtures.Book(("Notes", [["just a note"]])));

        Assert.Null(raw);
        Assert.Equal(DataDiagnostics.NoDataSheet.Code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_empty_sheet_is_reported_by_name()
    {
        var (raw, diagnostics) = ReadBook(XlsxFixtures.Book(("Tỉnh", [[]])));

        Assert.Null(raw);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.EmptySheet.Code, diagnostic.Code);
        Assert.Contains("'Tỉnh'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_cell_is_reported_at_its_cell()
    {
        var (raw, diagnostics) = ReadBook(XlsxFixtures.Book(("Tỉnh", [["unit", "so_lieu"], ["Hà Nội", new DateTime(2022, 5, 1, 0, 0, 0, DateTimeKind.Unspecified)]])));

        Assert.NotNull(raw);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.DateCell, 2, 2);
        Assert.Contains("2022-05-01", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_workbook_holds_the_same_data_as_the_sample_csv()
    {
        var workbook = RepositoryPaths.Combine("data", "sample", "provinces-2022.xlsx");
        if (Snapshot.Updating)
        {
            File.WriteAllBytes(workbook, SampleWorkbook.FromCsv(RepositoryPaths.Sample2022));
        }

        var csvDiagnostics = new DiagnosticBag();
        var csv = DatasetReader.Read(RepositoryPaths.Sample2022, csvDiagnostics)!;
        var (book, diagnostics) = ReadBook(File.ReadAllBytes(workbook), workbook);

        AssertNoDiagnostics(csvDiagnostics);
        AssertNoDiagnostics(diagnostics);
        Assert.Contains(book!.Notes, n => n.Contains("Synthetic", StringComparison.Ordinal));
        Assert.Equal(csv.Rows.Select(r => r.UnitText), book.Rows.Select(r => r.UnitText));
        for (var r = 0; r < csv.Rows.Count; r++)
        {
            Assert.Equal(
                csv.Rows[r].Cells.Select(c => (c.Field, c.Text)),
                book.Rows[r].Cells.Select(c => (c.Field, c.Text)));
        }
    }
}
