using System.Globalization;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Reconciliation;
using DtiRules.Tests.Reports;

namespace DtiRules.Tests.Localization;

/// <summary>
/// One workbook of each command family (score, compare and diff, reconcile, sensitivity) written in
/// Vietnamese, in English and in the pseudo language: the sheet names and headers a person reads are
/// in the language asked for, the numbers are the same cell for cell, and nothing is left untranslated.
/// </summary>
public sealed class WorkbookLanguageTests : IDisposable
{
    private static readonly string Rulesets = RepositoryPaths.Combine("rulesets", "dti-province");
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-xlsx-lang-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The comparison's order column holds the value of --order, which is typed the same in every language.
    private static readonly string[] OrderOptionValues = ["shapley", "data", "rules", "first"];

    private static string Edition(int year) => Path.Combine(Rulesets, $"{year}.dti");

    /// <summary>Each family's command line without <c>--out</c>, and the files whose words are data.</summary>
    public static TheoryData<string> Families() => ["score", "compare", "diff", "reconcile", "sensitivity"];

    private (string[] Arguments, string[] Inputs) Command(string family)
    {
        var older = RepositoryPaths.Combine("data", "sample", "provinces-2023.csv");
        return family switch
        {
            "score" => (["score", Edition(2022), "--data", RepositoryPaths.Sample2022], [Edition(2022), RepositoryPaths.Sample2022]),
            "compare" => (["compare", "--rulesets", Edition(2022), Edition(2023), "--data", RepositoryPaths.Sample2022, older], [Edition(2022), Edition(2023), RepositoryPaths.Sample2022, older]),
            "diff" => (["diff", Edition(2022), Edition(2024), "--data", RepositoryPaths.Sample2022], [Edition(2021), Edition(2022), Edition(2023), Edition(2024), RepositoryPaths.Sample2022]),
            "reconcile" => (["reconcile", ImportedRuleset(), "--data", CriteriaSample.Csv], [ImportedRuleset(), CriteriaSample.Csv]),
            "sensitivity" => (["sensitivity", Edition(2022), "--data", RepositoryPaths.Sample2022, "--vary-weights", "20", "--samples", "40", "--indices", "--format", "xlsx"], [Edition(2022), RepositoryPaths.Sample2022]),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "not a command family of this test"),
        };
    }

    private string ImportedRuleset()
    {
        var ruleset = Path.Combine(_folder, "xa.dti");
        if (!File.Exists(ruleset))
        {
            var (code, _, error) = CliRunner.Run("import", CriteriaSample.Csv, "--out", ruleset);
            Assert.True(code == 0, error);
        }

        return ruleset;
    }

    private WorkbookReader Write(string family, string language)
    {
        var path = Path.Combine(_folder, $"{family}.{language}.xlsx");
        var (code, _, error) = CliRunner.Run(["--lang", language, .. Command(family).Arguments, "--out", path]);
        Assert.True(code == 0, error);
        return WorkbookReader.Open(path);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Vietnamese_and_english_workbooks_differ_in_words_only(string family)
    {
        var vietnamese = Write(family, "vi");
        var english = Write(family, "en");

        Assert.Equal(english.Sheets.Count, vietnamese.Sheets.Count);
        Assert.Contains("Ghi chú", vietnamese.Sheets.Select(s => s.Name));
        Assert.Contains("Notes", english.Sheets.Select(s => s.Name));
        for (var s = 0; s < english.Sheets.Count; s++)
        {
            var (vi, en) = (vietnamese.Sheets[s], english.Sheets[s]);
            Assert.True(vi.Name.Length <= 31, vi.Name);
            Assert.NotEqual(en.Name, vi.Name);
            Assert.Equal(en.Header.Count, vi.Header.Count);
            Assert.Contains(vi.Header, header => VietnameseLetters(header));
            Assert.NotEqual(en.Header, vi.Header);
            Assert.Equal(en.Rows.Count, vi.Rows.Count);
            for (var r = 1; r < en.Rows.Count; r++)
            {
                for (var c = 0; c < en.Rows[r].Count; c++)
                {
                    var text = en.Rows[r][c].Text;
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        Assert.True(number == decimal.Parse(vi.Rows[r][c].Text, NumberStyles.Float, CultureInfo.InvariantCulture), $"{family} {en.Name} row {r + 1} column {c + 1}: {vi.Rows[r][c].Text} is not {text}");
                        Assert.Equal(en.Rows[r][c].Format, vi.Rows[r][c].Format);
                    }
                }
            }
        }

        Assert.Equal(english.Sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count(), english.Sheets.Count);
        Assert.Equal(vietnamese.Sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count(), vietnamese.Sheets.Count);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task In_the_pseudo_language_every_sheet_name_header_and_cell_is_translated_or_data(string family)
    {
        var (arguments, inputs) = Command(family);
        var path = Path.Combine(_folder, $"{family}.pseudo.xlsx");
        var (code, _, error) = await PseudoLocale.Run([.. arguments, "--out", path]);
        Assert.True(code == 0, error);

        var book = WorkbookReader.Open(path);
        var names = string.Join('\n', book.Sheets.SelectMany(s => new[] { s.Name }.Concat(s.Header)));
        var cells = book.Sheets.SelectMany(s => s.Rows.Skip(1).SelectMany(row => row.Select(cell => cell.Text))).ToList();

        Assert.Empty(PseudoLocale.UntranslatedLines(names, inputs));
        Assert.NotEmpty(cells);
        Assert.Empty(PseudoLocale.UntranslatedLines(string.Join('\n', cells), inputs, OrderOptionValues));
        Assert.All(book.Sheets, s => Assert.True(s.Name.Length <= 31, s.Name));
    }

    [Fact]
    public void Headers_name_nodes_by_their_labels_and_ids()
    {
        var vietnamese = Write("score", "vi");

        Assert.Equal(["Xếp hạng", "Chỉ số chính", "Cấp 2", "Đánh dấu", "Các nút", "Ghi chú"], vietnamese.Sheets.Select(s => s.Name));
        Assert.Equal(["Hạng", "Đơn vị", "Mã"], vietnamese["Xếp hạng"].Header.Take(3));
        Assert.Contains("Nhận thức số (nhan_thuc_so)", vietnamese["Chỉ số chính"].Header);
        Assert.Contains("Nhận thức số (nhan_thuc_so): điểm", vietnamese["Chỉ số chính"].Header);
        Assert.Contains(vietnamese["Các nút"].Records, r => r["Mã nút"] == "nhan_thuc_so" && r["Tên"] == "Nhận thức số");
    }

    [Fact]
    public void Words_in_cells_are_vietnamese_in_the_workbook_and_english_in_the_csv()
    {
        var sensitivity = Write("sensitivity", "vi").Sheets[0];
        var reconcile = Write("reconcile", "vi").Sheets[0];
        var stabilityCsv = Csv("sensitivity", "stability");
        var levelCsv = Csv("reconcile", "level");

        var stability = Column(sensitivity, Resx("Data", "WorkbookText", "Stability")).Where(w => w.Length > 0).ToHashSet();
        var levels = Column(reconcile, Resx("Data", "WorkbookText", "Level")).ToHashSet();
        Assert.NotEmpty(stability);
        Assert.Subset(new[] { "Firm", "MovesALittle", "Uncertain" }.Select(k => Resx("Cli", "SensitivityTableText", k)).ToHashSet(), stability);
        Assert.Equal(new[] { "LevelIndex", "LevelGroup", "LevelCriterion" }.Select(k => Resx("Cli", "ReconcileTableText", k)).ToHashSet(), levels);
        Assert.Subset(new HashSet<string> { "firm", "moves a little", "uncertain" }, stabilityCsv.Where(w => w.Length > 0).ToHashSet());
        Assert.Equal(new HashSet<string> { "index", "group", "criterion" }, levelCsv.ToHashSet());
    }

    /// <summary>The cells under <paramref name="header"/> in <paramref name="sheet"/>.</summary>
    private static IEnumerable<string> Column(WorkbookSheetContent sheet, string header)
    {
        var column = sheet.Header.ToList().IndexOf(header);
        Assert.True(column >= 0, $"{sheet.Name} has no column {header}");
        return sheet.Rows.Skip(1).Select(row => row[column].Text);
    }

    /// <summary>The cells of <paramref name="column"/> in the CSV the family writes with <c>--lang vi</c>.</summary>
    private List<string> Csv(string family, string column)
    {
        var path = Path.Combine(_folder, $"{family}.vi.csv");
        var arguments = Command(family).Arguments.ToList();
        var format = arguments.IndexOf("--format");
        if (format >= 0)
        {
            arguments.RemoveRange(format, 2);
        }

        var (code, _, error) = CliRunner.Run(["--lang", "vi", .. arguments, "--format", "csv", "--out", path]);
        Assert.True(code == 0, error);
        using var reader = CsvHelper.CsvReader.FromText(File.ReadAllText(path), new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = false, CommentPrefix = '#' });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        var position = Array.IndexOf(records[0], column);
        Assert.True(position >= 0, $"the CSV has no column {column}");
        var cells = records.Skip(1).Select(r => r[position]).ToList();
        return cells;
    }

    /// <summary>The Vietnamese text of <paramref name="key"/> as the resource file in the repository has it.</summary>
    private static string Resx(string project, string file, string key) =>
        System.Xml.Linq.XDocument.Load(RepositoryPaths.Combine("src", "DtiRules." + project, "Resources", file + ".vi.resx"))
            .Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value;

    private static bool VietnameseLetters(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormD).Any(c => c > 'z' && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) || text.Contains('đ', StringComparison.OrdinalIgnoreCase);
}
