using System.Runtime.CompilerServices;
using DtiRules.Data;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports;
using DtiRules.Data.Reports.Html;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;
using Newtonsoft.Json.Linq;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class NoteColumnTests
{
    // Evidence written as offices write it: several lines in one quoted cell, a quote and spaces kept.
    private const string Evidence = "QĐ số 12/QĐ-UBND\n  kèm \"phụ lục\" 2\r\nđã gửi";

    private static readonly BoundRuleset Ruleset = Compile.Clean(MiniRuleset.WithNodes(
        "input p: number \"P\" range 0..100\nnote status \"Trạng thái\"\nnote evidence \"Minh chứng\"\n",
        "  node leaf \"Lá\" max 100 { assumed \"x\" score = p }"));

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static (ScoringData? Data, DiagnosticBag Diagnostics) Bind(string csv)
    {
        var (raw, diagnostics) = Read(csv);
        Assert.NotNull(raw);
        return (DatasetBinder.Bind(raw, Ruleset.Schema, UnitList.Provinces63, diagnostics), diagnostics);
    }

    private static ScoringResult ScoreSample()
    {
        var csv = $"unit,p,Trạng thái,evidence\nHà Nội,40,Đã khắc phục,{Quoted(Evidence)}\nHuế,70,,\n";
        var (data, diagnostics) = Bind(csv);
        AssertNoDiagnostics(diagnostics);
        return new Interpreter(Ruleset).Score(data!);
    }

    [Fact]
    public void Note_columns_named_by_header_or_id_are_read_as_written_with_their_line_breaks()
    {
        var result = ScoreSample();

        Assert.Equal(["Đã khắc phục", string.Empty], result.Notes["status"]);
        Assert.Equal([Evidence, string.Empty], result.Notes["evidence"]);
    }

    [Fact]
    public void A_text_column_that_is_neither_input_nor_note_stays_an_error_with_the_declaration_that_would_keep_it()
    {
        var (data, diagnostics) = Bind("unit,p,Người phụ trách,Thẩm định\nHà Nội,40,Ông A,12\n");

        Assert.Null(data);
        var unknown = diagnostics.Where(d => d.Descriptor == DataDiagnostics.UnknownField).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.EndsWith("or declare it as a note: note nguoi_phu_trach \"Người phụ trách\".", unknown[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("declare it as a note", unknown[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(2_000)]
    public void The_hints_for_many_unknown_columns_read_each_cell_a_fixed_number_of_times(int unknownColumns)
    {
        // Even columns hold text in the last row only, odd ones numbers: a hint must look past the
        // numbers, and finding it must not read the table once per unknown column.
        var reads = new StrongBox<long>();
        var fields = Enumerable.Range(0, unknownColumns).Select(i => $"cot_{i}").Prepend("p").ToList();
        var rows = Enumerable.Range(0, 3).Select(r => new RawUnitRow(
            r == 0 ? "Hà Nội" : r == 1 ? "Huế" : "Cần Thơ",
            new SourceLocation("d.csv", r + 2, 1),
            new CountedCells(
                [.. fields.Select((f, c) => new RawCell(f, c == 0 ? "40" : c % 2 == 1 && r == 2 ? "Ông A" : "12", new SourceLocation("d.csv", r + 2, c + 2)))],
                reads))).ToList();
        var raw = new RawDataset("d.csv", rows, DecimalComma: false, Notes: [])
        {
            Fields = fields,
            FieldLocations = fields.Select((f, c) => (f, c)).ToDictionary(p => p.f, p => new SourceLocation("d.csv", 1, p.c + 2), StringComparer.Ordinal),
        };
        var diagnostics = new DiagnosticBag();

        Assert.Null(DatasetBinder.Bind(raw, Ruleset.Schema, UnitList.Provinces63, diagnostics));

        var unknown = diagnostics.Where(d => d.Descriptor == DataDiagnostics.UnknownField).ToList();
        Assert.Equal(unknownColumns, unknown.Count);
        Assert.All(unknown.Where((_, i) => i % 2 == 0), d => Assert.Contains($"note cot_", d.Message, StringComparison.Ordinal));
        Assert.All(unknown.Where((_, i) => i % 2 == 1), d => Assert.DoesNotContain("declare it as a note", d.Message, StringComparison.Ordinal));
        var cells = rows.Count * fields.Count;
        Assert.InRange(reads.Value, cells, 3L * cells);
    }

    [Fact]
    public void One_note_given_by_two_columns_is_a_duplicate_column()
    {
        var (data, diagnostics) = Bind("unit,p,status,Trạng thái\nHà Nội,40,a,b\n");

        Assert.Null(data);
        var duplicate = Assert.Single(diagnostics, d => d.Descriptor == DataDiagnostics.DuplicateColumn);
        Assert.Equal(4, duplicate.Location!.Column);
    }

    [Fact]
    public void Score_csv_and_json_carry_the_notes_under_the_unit_they_belong_to()
    {
        var result = ScoreSample();

        using var csvText = new StringWriter();
        CsvResultWriter.Write(result, csvText);
        // Read back with the framework's own CSV parser, not the product's reader.
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(csvText.ToString())) { TrimWhiteSpace = false, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.ToList();
        var rows = new List<string[]>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(fields);
        }

        var hanoi = rows.Single(r => r[header.IndexOf("unit")] == "Hà Nội");
        Assert.Equal(Evidence, hanoi[header.IndexOf("Minh chứng")]);
        Assert.Equal("Đã khắc phục", hanoi[header.IndexOf("Trạng thái")]);
        Assert.Equal(string.Empty, rows.Single(r => r != hanoi)[header.IndexOf("Minh chứng")]);

        using var jsonText = new StringWriter();
        JsonResultWriter.Write(result, jsonText);
        var units = (JArray)JObject.Parse(jsonText.ToString())["units"]!;
        var hanoiJson = units.Single(u => (string?)u["unit"] == "Hà Nội");
        Assert.Equal(Evidence, (string?)hanoiJson["notes"]!["evidence"]);
        Assert.Equal("Đã khắc phục", (string?)hanoiJson["notes"]!["status"]);
    }

    [Fact]
    public void The_score_workbook_has_a_unit_notes_sheet_and_the_report_shows_each_unit_s_notes()
    {
        var result = ScoreSample();

        var sheet = Assert.Single(ScoreWorkbook.Sheets(result, []), s => s.Name == WorkbookVocabulary.SheetName("unit_notes"));
        var evidenceColumn = sheet.Columns.ToList().IndexOf("Minh chứng");
        Assert.Contains(sheet.Rows, row => (string?)row[evidenceColumn] == Evidence);

        var html = HtmlReportWriter.Render(new HtmlReportInput(result, "data.csv", [], [], []));
        const string escaped = "QĐ số 12/QĐ-UBND\n  kèm &quot;phụ lục&quot; 2\r\nđã gửi";
        Assert.Contains($"<dt>Minh chứng</dt><dd>{escaped}</dd>", html, StringComparison.Ordinal);
    }

    /// <summary>Cells that count how often they are read, by index or enumeration.</summary>
    private sealed class CountedCells(IReadOnlyList<RawCell> cells, StrongBox<long> reads) : IReadOnlyList<RawCell>
    {
        public int Count => cells.Count;

        public RawCell this[int index]
        {
            get
            {
                reads.Value++;
                return cells[index];
            }
        }

        public IEnumerator<RawCell> GetEnumerator()
        {
            foreach (var cell in cells)
            {
                reads.Value++;
                yield return cell;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
