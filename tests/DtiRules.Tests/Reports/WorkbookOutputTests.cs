using System.Globalization;
using System.Text.RegularExpressions;
using DtiRules.Tests.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reports;

public sealed partial class WorkbookOutputTests : IDisposable
{
    private static readonly string Rulesets = RepositoryPaths.Combine("rulesets", "dti-province");
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Edition(int year) => Path.Combine(Rulesets, $"{year}.dti");

    private string Out(string name) => Path.Combine(_folder, name);

    /// <summary>Runs <c>dti</c> in English, the language whose headers these tests read.</summary>
    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRunner.Run(["--lang", "en", .. args]);

    /// <summary>English headers of the score sheets' columns that name the unit, and the CSV columns they show.</summary>
    private static readonly Dictionary<string, string> UnitHeaders = new(StringComparer.Ordinal)
    {
        ["Rank"] = "rank", ["Unit"] = "unit", ["Code"] = "code", ["Coverage"] = "coverage",
    };

    /// <summary>The CSV column a score sheet's English header shows: a node or output by the id after its label, its points, its rank.</summary>
    private static string ScoreColumn(string header)
    {
        if (UnitHeaders.TryGetValue(header, out var column))
        {
            return column;
        }

        var match = NamedHeader().Match(header);
        Assert.True(match.Success, $"'{header}' names no node or output");
        return match.Groups["rank"].Success ? match.Groups["id"].Value + ".rank"
            : match.Groups["points"].Success ? match.Groups["id"].Value + ".points"
            : match.Groups["id"].Value;
    }

    [GeneratedRegex(@"^(?<rank>Rank \()?.*\((?<id>[a-z0-9_]+)\)\)?(?<points>: points)?$")]
    private static partial Regex NamedHeader();

    /// <summary>The columns of a CSV in order.</summary>
    private static IReadOnlyList<string> CsvColumns(string csv) => csv[..csv.IndexOf('\n', StringComparison.Ordinal)].Split(',');

    /// <summary>
    /// Asserts every cell of <paramref name="sheet"/> equals the CSV row's cell of the column its header
    /// shows (<paramref name="columns"/>, one per header): text as text, numbers as numbers.
    /// </summary>
    private static void AssertSameValues(WorkbookSheetContent sheet, IReadOnlyList<IReadOnlyDictionary<string, string>> csv, IReadOnlyList<string> columns)
    {
        Assert.True(sheet.HeaderFrozen, $"{sheet.Name}: the header row is not frozen");
        Assert.Equal(sheet.Header.Count, columns.Count);
        var records = sheet.Records;
        Assert.Equal(csv.Count, records.Count);
        for (var r = 0; r < csv.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                Assert.True(csv[r].ContainsKey(column), $"{sheet.Name}: column {column} is not in the CSV");
                var (expected, actual) = (csv[r][column], records[r][sheet.Header[c]]);
                if (decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    Assert.True(number == CsvRows.Number(actual), $"{sheet.Name} row {r + 2} {column}: {actual} is not {expected}");
                }
                else
                {
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void Score_of_the_sample_workbook_writes_a_workbook_with_the_csv_values()
    {
        var workbook = Out("out.xlsx");
        var (code, _, error) = Run("score", Edition(2022), "--data", RepositoryPaths.Combine("data", "sample", "provinces-2022.xlsx"), "--out", workbook);
        Assert.True(code == 0, error);
        var (csvCode, csvText, csvError) = Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "csv");
        Assert.True(csvCode == 0, csvError);
        var csv = CsvRows.Parse(csvText);

        var book = WorkbookReader.Open(workbook);
        Assert.Equal(["Ranking", "Main indices", "Level 2", "Flags", "Nodes", "Notes"], book.Sheets.Select(s => s.Name));
        foreach (var name in new[] { "Ranking", "Main indices", "Level 2" })
        {
            AssertSameValues(book[name], csv, [.. book[name].Header.Select(ScoreColumn)]);
        }

        Assert.Equal(["rank", "unit", "code", "dti", "chinh_quyen_so", "kinh_te_so", "xa_hoi_so"], book["Ranking"].Header.Take(7).Select(ScoreColumn));
        Assert.Equal(["Rank", "Unit", "Code"], book["Ranking"].Header.Take(3));
        Assert.Contains("Nhận thức số (nhan_thuc_so): points", book["Main indices"].Header);
        Assert.Contains("nt_01", book["Level 2"].Header.Select(ScoreColumn));
    }

    [Fact]
    public void The_score_workbook_formats_values_with_four_decimals_and_keeps_vietnamese_text()
    {
        var workbook = Out("out.xlsx");
        var (code, _, error) = Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--out", workbook);
        Assert.True(code == 0, error);

        var book = WorkbookReader.Open(workbook);
        var ranking = book["Ranking"];
        var dti = ranking.Header.Select(ScoreColumn).ToList().IndexOf("dti");
        Assert.All(ranking.Rows.Skip(1), row => Assert.Equal("0.0000", row[dti].Format));
        Assert.Equal(string.Empty, ranking.Rows[1][0].Format);
        Assert.Contains(book["Nodes"].Records, r => r["Id"] == "nhan_thuc_so" && r["Label"] == "Nhận thức số");
        Assert.Contains(ranking.Records, r => r["Unit"] == "Thừa Thiên Huế");
        Assert.Contains(book["Notes"].Records, r => r["Note"].Contains("Synthetic", StringComparison.Ordinal));
        Assert.All(book.Sheets, s => Assert.True(s.HeaderFrozen, s.Name));
    }

    [Fact]
    public void The_flags_sheet_lists_the_csv_flags_cell_by_cell()
    {
        var workbook = Out("out.xlsx");
        Assert.Equal(0, Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--out", workbook).ExitCode);
        var csv = CsvRows.Parse(Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "csv").Out);

        var flags = WorkbookReader.Open(workbook)["Flags"];
        Assert.Equal(["Unit", "Code", "Cell", "Flag"], flags.Header);
        var fromSheet = flags.Records.GroupBy(r => r["Code"]).ToDictionary(g => g.Key, g => string.Join(";", g.Select(r => $"{r["Cell"]}:{r["Flag"]}")));
        Assert.NotEmpty(fromSheet);
        Assert.All(csv, row => Assert.Equal(row["flags"], fromSheet.GetValueOrDefault(row["code"], string.Empty)));
    }

    [Fact]
    public void Rescore_diff_and_compare_write_one_sheet_per_table_with_the_csv_values()
    {
        string[] rescore = ["rescore", "--data", RepositoryPaths.Sample2022, "--rulesets", Edition(2022), Edition(2024)];
        Assert.Equal(0, Run([.. rescore, "--out", Out("rescore.xlsx")]).ExitCode);
        var rescoreBook = WorkbookReader.Open(Out("rescore.xlsx"));
        Assert.Equal(["Rescore", "Notes"], rescoreBook.Sheets.Select(s => s.Name));
        var rescoreCsv = Run([.. rescore, "--format", "csv"]).Out;
        AssertSameValues(rescoreBook["Rescore"], CsvRows.Parse(rescoreCsv), CsvColumns(rescoreCsv));

        string[] diff = ["diff", Edition(2022), Edition(2024), "--data", RepositoryPaths.Sample2022];
        Assert.Equal(0, Run([.. diff, "--out", Out("diff.xlsx")]).ExitCode);
        Assert.Equal(0, Run([.. diff, "--format", "csv", "--out", Out("changes.csv"), "--effect-out", Out("effect.csv")]).ExitCode);
        var diffBook = WorkbookReader.Open(Out("diff.xlsx"));
        Assert.Equal(["Changes", "Effect", "Notes"], diffBook.Sheets.Select(s => s.Name));
        var effectCsv = File.ReadAllText(Out("effect.csv"));
        AssertSameValues(diffBook["Effect"], CsvRows.Parse(effectCsv), CsvColumns(effectCsv));
        Assert.Equal(File.ReadAllText(Out("changes.csv")).Count(c => c == '\n') - 1, diffBook["Changes"].Records.Count);

        var older = RepositoryPaths.Combine("data", "sample", "provinces-2023.csv");
        string[] compare = ["compare", "--rulesets", Edition(2022), Edition(2023), "--data", RepositoryPaths.Sample2022, older];
        Assert.Equal(0, Run([.. compare, "--out", Out("compare.xlsx")]).ExitCode);
        var compareBook = WorkbookReader.Open(Out("compare.xlsx"));
        Assert.Equal(["Comparison", "Notes"], compareBook.Sheets.Select(s => s.Name));
        var compareCsv = Run([.. compare, "--format", "csv"]).Out;
        AssertSameValues(compareBook["Comparison"], CsvRows.Parse(compareCsv), CsvColumns(compareCsv));
    }
}
