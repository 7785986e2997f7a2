using System.Globalization;
using DtiRules.Tests.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reports;

public sealed class WorkbookOutputTests : IDisposable
{
    private static readonly string Rulesets = RepositoryPaths.Combine("rulesets", "dti-province");
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Edition(int year) => Path.Combine(Rulesets, $"{year}.dti");

    private string Out(string name) => Path.Combine(_folder, name);

    /// <summary>Asserts every cell of <paramref name="sheet"/> equals the CSV row's cell of the same column: text as text, numbers as numbers.</summary>
    private static void AssertSameValues(WorkbookSheetContent sheet, IReadOnlyList<IReadOnlyDictionary<string, string>> csv)
    {
        Assert.True(sheet.HeaderFrozen, $"{sheet.Name}: the header row is not frozen");
        var records = sheet.Records;
        Assert.Equal(csv.Count, records.Count);
        for (var r = 0; r < csv.Count; r++)
        {
            foreach (var column in sheet.Header)
            {
                Assert.True(csv[r].ContainsKey(column), $"{sheet.Name}: column {column} is not in the CSV");
                var (expected, actual) = (csv[r][column], records[r][column]);
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
        var (code, _, error) = CliRunner.Run("score", Edition(2022), "--data", RepositoryPaths.Combine("data", "sample", "provinces-2022.xlsx"), "--out", workbook);
        Assert.True(code == 0, error);
        var (csvCode, csvText, csvError) = CliRunner.Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "csv");
        Assert.True(csvCode == 0, csvError);
        var csv = CsvRows.Parse(csvText);

        var book = WorkbookReader.Open(workbook);
        Assert.Equal(["ranking", "main_indices", "level_2", "flags", "nodes", "notes"], book.Sheets.Select(s => s.Name));
        foreach (var name in new[] { "ranking", "main_indices", "level_2" })
        {
            AssertSameValues(book[name], csv);
        }

        Assert.Equal(["rank", "unit", "code", "dti", "chinh_quyen_so", "kinh_te_so", "xa_hoi_so"], book["ranking"].Header.Take(7));
        Assert.Contains("nhan_thuc_so.points", book["main_indices"].Header);
        Assert.Contains("nt_01", book["level_2"].Header);
    }

    [Fact]
    public void The_score_workbook_formats_values_with_four_decimals_and_keeps_vietnamese_text()
    {
        var workbook = Out("out.xlsx");
        var (code, _, error) = CliRunner.Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--out", workbook);
        Assert.True(code == 0, error);

        var book = WorkbookReader.Open(workbook);
        var ranking = book["ranking"];
        var dti = ranking.Header.ToList().IndexOf("dti");
        Assert.All(ranking.Rows.Skip(1), row => Assert.Equal("0.0000", row[dti].Format));
        Assert.Equal(string.Empty, ranking.Rows[1][0].Format);
        Assert.Contains(book["nodes"].Records, r => r["id"] == "nhan_thuc_so" && r["label"] == "Nhận thức số");
        Assert.Contains(ranking.Records, r => r["unit"] == "Thừa Thiên Huế");
        Assert.Contains(book["notes"].Records, r => r["note"].Contains("Synthetic", StringComparison.Ordinal));
        Assert.All(book.Sheets, s => Assert.True(s.HeaderFrozen, s.Name));
    }

    [Fact]
    public void The_flags_sheet_lists_the_csv_flags_cell_by_cell()
    {
        var workbook = Out("out.xlsx");
        Assert.Equal(0, CliRunner.Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--out", workbook).ExitCode);
        var csv = CsvRows.Parse(CliRunner.Run("score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "csv").Out);

        var flags = WorkbookReader.Open(workbook)["flags"];
        Assert.Equal(["unit", "code", "cell", "flag"], flags.Header);
        var fromSheet = flags.Records.GroupBy(r => r["code"]).ToDictionary(g => g.Key, g => string.Join(";", g.Select(r => $"{r["cell"]}:{r["flag"]}")));
        Assert.NotEmpty(fromSheet);
        Assert.All(csv, row => Assert.Equal(row["flags"], fromSheet.GetValueOrDefault(row["code"], string.Empty)));
    }

    [Fact]
    public void Rescore_diff_and_compare_write_one_sheet_per_table_with_the_csv_values()
    {
        string[] rescore = ["rescore", "--data", RepositoryPaths.Sample2022, "--rulesets", Edition(2022), Edition(2024)];
        Assert.Equal(0, CliRunner.Run([.. rescore, "--out", Out("rescore.xlsx")]).ExitCode);
        var rescoreBook = WorkbookReader.Open(Out("rescore.xlsx"));
        Assert.Equal(["rescore", "notes"], rescoreBook.Sheets.Select(s => s.Name));
        AssertSameValues(rescoreBook["rescore"], CsvRows.Parse(CliRunner.Run([.. rescore, "--format", "csv"]).Out));

        string[] diff = ["diff", Edition(2022), Edition(2024), "--data", RepositoryPaths.Sample2022];
        Assert.Equal(0, CliRunner.Run([.. diff, "--out", Out("diff.xlsx")]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. diff, "--format", "csv", "--out", Out("changes.csv"), "--effect-out", Out("effect.csv")]).ExitCode);
        var diffBook = WorkbookReader.Open(Out("diff.xlsx"));
        Assert.Equal(["changes", "effect", "notes"], diffBook.Sheets.Select(s => s.Name));
        AssertSameValues(diffBook["effect"], CsvRows.Parse(File.ReadAllText(Out("effect.csv"))));
        Assert.Equal(File.ReadAllText(Out("changes.csv")).Count(c => c == '\n') - 1, diffBook["changes"].Records.Count);

        var older = RepositoryPaths.Combine("data", "sample", "provinces-2023.csv");
        string[] compare = ["compare", "--rulesets", Edition(2022), Edition(2023), "--data", RepositoryPaths.Sample2022, older];
        Assert.Equal(0, CliRunner.Run([.. compare, "--out", Out("compare.xlsx")]).ExitCode);
        var compareBook = WorkbookReader.Open(Out("compare.xlsx"));
        Assert.Equal(["comparison", "notes"], compareBook.Sheets.Select(s => s.Name));
        AssertSameValues(compareBook["comparison"], CsvRows.Parse(CliRunner.Run([.. compare, "--format", "csv"]).Out));
    }
}
