using System.Globalization;
using System.Text;
using CsCheck;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

/// <summary>Random tables written as CSV and as a workbook read back cell for cell.</summary>
public sealed class TableRoundTripTests
{
    // Letters with and without marks, separators, quotes and line breaks: what makes quoting and decoding go wrong.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["aAzĐđêệưữỳ0159 ,;\"'\n.-%"], 0, 12];

    // A unit name is trimmed by the reader, never starts a comment and is never blank.
    private static readonly Gen<string> Unit = Gen.Select(Gen.Char["aĐuhX"], Text, Gen.Char["aĐuhX9"], (first, middle, last) => first + middle + last);

    private static readonly Gen<decimal> Number = Gen.Select(Gen.Int[-99999, 99999], Gen.Int[0, 4], (digits, scale) => new decimal(Math.Abs(digits), 0, 0, digits < 0, (byte)scale));

    /// <summary>A table: field count, then rows of a unit and cells (text, or a number when the second item is set).</summary>
    private static readonly Gen<(int Fields, (string Unit, (string Text, decimal? Number)[] Cells)[] Rows)> Table =
        Gen.Int[1, 5].SelectMany(fields => Gen.Select(
                Unit,
                Gen.OneOf(Text.Select(t => (t, (decimal?)null)), Number.Select(n => (string.Empty, (decimal?)n))).Array[fields])
            .Array[1, 8]
            .Select(rows => (fields, rows)));

    private static string Field(int index) => "f" + index.ToString(CultureInfo.InvariantCulture);

    private static string CellText((string Text, decimal? Number) cell) => cell.Number?.ToString(CultureInfo.InvariantCulture) ?? cell.Text;

    private static List<(string Unit, List<(string Field, string Text)> Cells)> Expected(
        (int Fields, (string Unit, (string Text, decimal? Number)[] Cells)[] Rows) table, Func<(string Text, decimal? Number), string> text) =>
        [.. table.Rows.Select(r => (r.Unit, r.Cells.Select((c, i) => (Field(i), text(c))).ToList()))];

    /// <summary>A workbook stores a number, not its digits: 1.9140 reads back as 1.914.</summary>
    private static string StoredText((string Text, decimal? Number) cell) => cell.Number?.ToString("G29", CultureInfo.InvariantCulture) ?? cell.Text;

    private static List<(string Unit, List<(string Field, string Text)> Cells)> Actual(RawDataset? raw)
    {
        Assert.NotNull(raw);
        return [.. raw.Rows.Select(r => (r.UnitText, r.Cells.Select(c => (c.Field, c.Text)).ToList()))];
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void A_table_written_as_csv_reads_back_cell_for_cell()
    {
        Table.Sample(table =>
        {
            var csv = new StringBuilder("unit," + string.Join(',', Enumerable.Range(0, table.Fields).Select(Field)) + "\n");
            foreach (var (unit, cells) in table.Rows)
            {
                csv.Append(Quote(unit)).Append(',').AppendJoin(',', cells.Select(c => Quote(CellText(c)))).Append('\n');
            }

            var diagnostics = new DiagnosticBag();
            var raw = DatasetReader.Read(Encoding.UTF8.GetBytes(csv.ToString()), "t.csv", diagnostics);

            Assert.Empty(diagnostics);
            var (expected, actual) = (Expected(table, CellText), Actual(raw));
            Assert.Equal(expected.Select(r => r.Unit), actual.Select(r => r.Unit));
            Assert.Equal(expected.SelectMany(r => r.Cells), actual.SelectMany(r => r.Cells));
        });
    }

    [Fact]
    public void A_table_written_as_a_workbook_reads_back_cell_for_cell_with_numbers_as_numbers()
    {
        Table.Sample(table =>
        {
            var rows = table.Rows.Select(r => (IReadOnlyList<object?>)[r.Unit, .. r.Cells.Select(c => c.Number is { } n ? n : (object?)(c.Text.Length == 0 ? null : c.Text))]).ToList();
            var sheet = new WorkbookSheet("Data", ["unit", .. Enumerable.Range(0, table.Fields).Select(Field)], rows);
            using var stream = new MemoryStream();
            WorkbookWriter.Write([sheet], stream);

            var diagnostics = new DiagnosticBag();
            var raw = DatasetReader.Read(stream.ToArray(), "t.xlsx", diagnostics);

            Assert.Empty(diagnostics);
            var (expected, actual) = (Expected(table, StoredText), Actual(raw));
            Assert.Equal(expected.Select(r => r.Unit), actual.Select(r => r.Unit));
            Assert.Equal(expected.SelectMany(r => r.Cells), actual.SelectMany(r => r.Cells));
        });
    }
}
