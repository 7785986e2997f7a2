using System.IO.Compression;
using DtiRules.Data;
using DtiRules.Data.Reading;
using DtiRules.Data.Reading.Workbooks;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Data;

/// <summary>Workbooks that once took all memory or time, and cells that were silently taken as missing.</summary>
public sealed class XlsxBoundsTests
{
    private const string Path = "book.xlsx";
    private const string DataPath = "book.xlsx[Data]";

    private static readonly byte[] Sample2022 = File.ReadAllBytes(RepositoryPaths.Combine("data", "sample", "provinces-2022.xlsx"));

    private static (RawDataset? Raw, DiagnosticBag Diagnostics, long Allocated) Read(byte[] book, WorkbookLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var raw = XlsxDatasetReader.Read(book, Path, diagnostics, limits);
        return (raw, diagnostics, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static List<(string Unit, string Field, string Text)> Cells(RawDataset raw) =>
        [.. raw.Rows.SelectMany(r => r.Cells.Select(c => (r.UnitText, c.Field, c.Text)))];

    [Fact]
    public void One_far_cell_costs_one_message_not_a_grid()
    {
        // The 2022 sample with a value at XFD1048576, the last cell a sheet can have: once 24 GB.
        var far = RawWorkbook.WithSheets(Sample2022, sheet => sheet.Contains("sheetData", StringComparison.Ordinal) && sheet.Contains("unit", StringComparison.Ordinal)
            ? RawWorkbook.AddRows(sheet, """<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>""")
            : sheet);
        var (expected, _, plainAllocated) = Read(Sample2022);

        var (raw, diagnostics, allocated) = Read(far);

        Assert.NotNull(raw);
        Assert.Equal(Cells(expected!), Cells(raw));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.WrongCellCount, diagnostic.Descriptor);
        Assert.Equal((1048576, expected!.Fields.Count + 2), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("The row has 16384 cells", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(allocated < plainAllocated * 2, $"{allocated:N0} bytes allocated, {plainAllocated:N0} without the far cell");
    }

    [Fact]
    public void A_far_empty_cell_and_a_huge_declared_dimension_change_nothing()
    {
        var far = RawWorkbook.WithSheets(Sample2022, sheet => sheet.Contains("unit", StringComparison.Ordinal)
            ? RawWorkbook.AddRows(sheet, """<row r="1048576"><c r="XFD1048576" s="1"/></row>""", dimension: "A1:XFD1048576")
            : RawWorkbook.AddRows(sheet, string.Empty, dimension: "A1:XFD1048576"));
        var (expected, _, plainAllocated) = Read(Sample2022);

        var (raw, diagnostics, allocated) = Read(far);

        Assert.Empty(diagnostics);
        Assert.Equal(Cells(expected!), Cells(raw!));
        Assert.Equal(expected!.Notes, raw!.Notes);
        Assert.True(allocated < plainAllocated * 2, $"{allocated:N0} bytes allocated, {plainAllocated:N0} without the dimension");
    }

    [Fact]
    public void A_million_rows_stop_at_the_cell_limit_with_a_coded_error()
    {
        // A few megabytes compressed, a million rows: once past 300 s.
        var book = RawWorkbook.Book(w =>
        {
            w.Write(RawWorkbook.Row(1, "unit", "nt_01"));
            for (var row = 2; row <= 1_000_002; row++)
            {
                w.Write($"<row r=\"{row}\"><c r=\"A{row}\" t=\"inlineStr\"><is><t>u{row}</t></is></c></row>");
            }
        });

        var (raw, diagnostics, _) = Read(book, WorkbookLimits.Default);

        Assert.Null(raw);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.SheetTooLarge, diagnostic.Descriptor);
        Assert.Equal(DataPath, diagnostic.Location!.Path);
        Assert.Contains("more than 1,000,000 cells", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_can_be_lowered_or_raised_and_count_rows_times_columns_too()
    {
        var book = RawWorkbook.Book(w =>
        {
            w.Write(RawWorkbook.Row(1, "unit", "nt_01", "nt_02", "nt_03"));
            for (var row = 2; row <= 101; row++)
            {
                w.Write(RawWorkbook.Row(row, $"u{row}"));
            }
        });

        Assert.NotNull(Read(book, new WorkbookLimits(404, long.MaxValue)).Raw);
        var (raw, diagnostics, _) = Read(book, new WorkbookLimits(403, long.MaxValue));
        Assert.Null(raw);
        Assert.Contains("more than 403 cells", Assert.Single(diagnostics).Message, StringComparison.Ordinal);

        var (small, bytes, _) = Read(book, new WorkbookLimits(long.MaxValue, 1024));
        Assert.Null(small);
        Assert.Contains("MB uncompressed", Assert.Single(bytes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_without_a_saved_result_is_an_error_at_its_cell()
    {
        var book = RawWorkbook.Book(w => w.Write(RawWorkbook.Row(1, "unit", "nt_01") + """<row r="2"><c r="A2" t="inlineStr"><is><t>Hà Nội</t></is></c><c r="B2"><f>SUM(C2:D2)</f></c></row>"""));

        var (_, diagnostics, _) = Read(book);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.FormulaWithoutValue, diagnostic.Descriptor);
        Assert.Equal(new SourceLocation(DataPath, 2, 2), diagnostic.Location);
        Assert.Contains("=SUM(C2:D2)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_with_a_saved_result_reads_as_that_result()
    {
        var book = RawWorkbook.Book(w => w.Write(RawWorkbook.Row(1, "unit", "nt_01") + """<row r="2"><c r="A2" t="inlineStr"><is><t>Hà Nội</t></is></c><c r="B2"><f>SUM(C2:D2)</f><v>0.5</v></c></row>"""));

        var (raw, diagnostics, _) = Read(book);

        Assert.Empty(diagnostics);
        Assert.Equal([("Hà Nội", "nt_01", "0.5")], Cells(raw!));
    }

    [Fact]
    public void A_broken_shared_string_is_an_error_at_its_cell()
    {
        var book = RawWorkbook.Book(
            w => w.Write(RawWorkbook.Row(1, "unit", "nt_01") + """<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c></row>"""),
            sharedStrings: ["Hà Nội"]);

        var (_, diagnostics, _) = Read(book);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.BrokenSharedString, diagnostic.Descriptor);
        Assert.Equal(new SourceLocation(DataPath, 2, 2), diagnostic.Location);
        Assert.Contains("text number 7 of the workbook, which has 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rich_text_and_phonetic_guides_read_as_the_visible_text()
    {
        var book = RawWorkbook.Book(w => w.Write(RawWorkbook.Row(1, "unit", "nt_01") + """<row r="2"><c r="A2" t="inlineStr"><is><r><t>Hà </t></r><r><t>Nội</t></r><rPh><t>x</t></rPh></is></c><c r="B2"><v>1</v></c></row>"""));

        var (raw, diagnostics, _) = Read(book);

        Assert.Empty(diagnostics);
        Assert.Equal("Hà Nội", Assert.Single(raw!.Rows).UnitText);
    }

    [Fact]
    public void Not_a_zip_is_an_unreadable_workbook()
    {
        var (raw, diagnostics, _) = Read("not a workbook"u8.ToArray());

        Assert.Null(raw);
        Assert.Equal(DataDiagnostics.UnreadableWorkbook, Assert.Single(diagnostics).Descriptor);
    }

    [Fact]
    public void A_zip_without_workbook_parts_is_an_unreadable_workbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("hello.txt");
        }

        var (raw, diagnostics, _) = Read(stream.ToArray());

        Assert.Null(raw);
        Assert.Equal(DataDiagnostics.UnreadableWorkbook, Assert.Single(diagnostics).Descriptor);
    }
}
