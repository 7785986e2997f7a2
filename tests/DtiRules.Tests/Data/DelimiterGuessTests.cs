using System.Text;
using CsCheck;
using DtiRules.Data.Reading;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

public sealed class DelimiterGuessTests
{
    private static char Delimiter(string text) => CsvDatasetReader.ReadTable(text, "sheet.csv", new DiagnosticBag()).Preamble.Delimiter;

    [Fact]
    public void A_sheet_saved_with_semicolons_under_a_title_with_a_comma_is_read_by_its_semicolons()
    {
        // As Excel under Vietnamese regional settings saves it: a byte order mark, CRLF, a title row
        // padded with the delimiter, commas in names and decimal commas, a note over two lines.
        var text = "\uFEFFBẢNG ĐIỂM TỰ ĐÁNH GIÁ, NĂM 2025;;;\r\n"
            + "STT;Mã tiêu chí;Tên tiêu chí;Điểm\r\n"
            + "1;1.1;Nhận thức, chỉ đạo;1,5\r\n"
            + "2;1.2;\"Thể chế số;\r\nkế hoạch\";2\r\n"
            + "3;1.3;Hạ tầng, nền tảng số;0,75\r\n";

        var (preamble, records) = CsvDatasetReader.ReadTable(text, "sheet.csv", new DiagnosticBag());

        Assert.Equal(';', preamble.Delimiter);
        Assert.All(records, r => Assert.Equal(4, r.Cells.Count));
    }

    [Theory]
    [InlineData("BẢNG ĐIỂM, NĂM 2025\nunit;value\nHà Nội;0,5\nHuế;0,25\nĐà Nẵng;1\n", ';')]
    [InlineData("unit,value\nHà Nội,0.5\nHuế,0.25\n", ',')]
    [InlineData("unit\tvalue\r\nHà Nội\t0,5\r\n", '\t')]
    [InlineData("unit;value\nHà Nội;0,5", ';')]
    [InlineData("unit,value;note\nHà Nội,1,\"a;b\"\nHuế,2,c\n", ',')]
    [InlineData("sep=;\nunit,name;value\nHà Nội,HN;1\n", ';')]
    [InlineData("# dti: delimiter=tab\nunit;value\tx\nHà Nội;1\t2\n", '\t')]
    public void The_delimiter_is_the_one_that_splits_the_records_alike(string text, char expected) =>
        Assert.Equal(expected, Delimiter(text));

    [Fact]
    public void Any_table_written_as_excel_writes_it_is_read_with_its_own_delimiter()
    {
        // Excel quotes a cell only when it holds the delimiter, a quote or a line break; commas and
        // semicolons may sit unquoted in a cell of a file separated by the other.
        string[] texts = ["Hà Nội", "0,5", "1.25", "a;b", "Thể chế, số", "x\ny", "\"trích\"", "", "12", "tab\there"];
        var cellText = Gen.OneOf(texts.Select(Gen.Const).ToArray());
        var delimiters = Gen.OneOf(Gen.Const(','), Gen.Const(';'), Gen.Const('\t'));
        var table = Gen.Select(delimiters, Gen.Int[2, 5], Gen.Int[2, 12], Gen.Bool)
            .SelectMany((d, c, r, t) => cellText.Array[c * r].Select(cells => (Shape: (Delimiter: d, Columns: c, Rows: r, Title: t), Cells: cells)));

        table.Sample(t =>
        {
            var (shape, cells) = (t.Shape, t.Cells);
            var text = new StringBuilder();
            if (shape.Title)
            {
                text.Append("BẢNG ĐIỂM, NĂM 2025").Append(shape.Delimiter, shape.Columns - 1).Append("\r\n");
            }

            text.AppendJoin(shape.Delimiter, Enumerable.Range(1, shape.Columns).Select(c => $"cot_{c}")).Append("\r\n");
            for (var r = 0; r < shape.Rows; r++)
            {
                text.AppendJoin(shape.Delimiter, cells.Skip(r * shape.Columns).Take(shape.Columns).Select(cell => Quoted(cell, shape.Delimiter))).Append("\r\n");
            }

            Assert.Equal(shape.Delimiter, Delimiter(text.ToString()));
        });
    }

    private static string Quoted(string cell, char delimiter) =>
        cell.Contains(delimiter) || cell.Contains('"') || cell.Contains('\n') ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
