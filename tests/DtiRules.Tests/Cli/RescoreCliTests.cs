using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Cli;

public sealed class RescoreCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-rescore-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, string Notes) Rescore(params string[] rulesets)
    {
        var (code, output, error) = CliRunner.Run(["rescore", "--data", RepositoryPaths.Sample2022, "--format", "csv", "--rulesets", .. rulesets]);
        Assert.True(code == 0, error);
        return (CsvRows.Parse(output), error);
    }

    [Fact]
    public void The_same_edition_twice_shifts_no_one()
    {
        var (rows, _) = Rescore(RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022);
        var single = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv");
        var scored = CsvRows.Parse(single.Out).ToDictionary(r => r["code"]);

        Assert.Equal(63, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(r["2022.dti"], r["2022#2.dti"]);
            Assert.Equal(scored[r["code"]]["dti"], r["2022.dti"]);
            Assert.Equal(scored[r["code"]]["rank"], r["2022.rank"]);
            Assert.Equal("0", r["2022→2022#2"]);
        });
    }

    [Fact]
    public void Shifts_are_the_rank_differences_between_consecutive_editions()
    {
        var stricter = Write("2023.dti", EditionVariants.StricterMeetings(2023));
        foreach (var other in EditionVariants.ShippedOthers().Append(stricter))
        {
            var (rows, _) = Rescore(RepositoryPaths.Ruleset2022, other);
            var otherLabel = rows[0].Keys.Single(k => k.EndsWith(".rank", StringComparison.Ordinal) && k != "2022.rank")[..^".rank".Length];
            var shifts = rows.Select(r => CsvRows.Integer(r["2022→" + otherLabel])).ToList();
            Assert.All(rows, r => Assert.Equal(
                CsvRows.Integer(r["2022.rank"]) - CsvRows.Integer(r[otherLabel + ".rank"]),
                CsvRows.Integer(r["2022→" + otherLabel])));
            Assert.Equal(rows.Select(r => CsvRows.Integer(r[otherLabel + ".rank"])).Order(), rows.Select(r => CsvRows.Integer(r[otherLabel + ".rank"])));
            if (other == stricter)
            {
                Assert.Contains(shifts, s => s != 0);
            }
        }
    }

    [Fact]
    public void A_break_in_series_is_noted_and_a_continued_series_is_not()
    {
        var renamed = Write("2020.dti", EditionVariants.RenamedMainIndices(2020));
        var (_, notes) = Rescore(renamed, RepositoryPaths.Ruleset2022);
        Assert.Contains("note: 2020 → 2022 is not comparable", notes, StringComparison.Ordinal);

        var (_, sameNotes) = Rescore(RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022);
        Assert.DoesNotContain("not comparable", sameNotes, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_and_json_carry_the_matrix()
    {
        var (code, table, error) = CliRunner.Run("rescore", "--data", RepositoryPaths.Sample2022, "--rulesets", RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022);
        Assert.True(code == 0, error);
        Assert.Contains("2022→2022#2", table, StringComparison.Ordinal);
        Assert.Contains("# A shift is the rank under the earlier edition", table, StringComparison.Ordinal);

        var json = CliRunner.Run("rescore", "--data", RepositoryPaths.Sample2022, "--format", "json", "--rulesets", RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022);
        var document = JObject.Parse(json.Out);
        Assert.Equal(63, ((JArray)document["units"]!).Count);
        Assert.All((JArray)document["units"]!, u => Assert.Equal(0, (int)u["shifts"]!["2022→2022#2"]!));
        Assert.All((JArray)document["editions"]!, e => Assert.InRange((decimal)e["coverage"]!, 0.5m, 1m));
        Assert.Contains("# 2022: Coverage: ", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Rescoring_merged_units_gives_34_rows()
    {
        var (code, output, error) = CliRunner.Run(
            "rescore", "--data", RepositoryPaths.Sample2022, "--format", "csv", "--units-map", RepositoryPaths.Combine("data", "units", "merger-2025.csv"),
            "--rulesets", RepositoryPaths.Ruleset2022);
        Assert.True(code == 0, error);
        Assert.Equal(34, CsvRows.Parse(output).Count);
    }

    [Fact]
    public void Csv_of_the_2022_sample_under_the_shipped_editions_matches_the_snapshot()
    {
        var rulesets = EditionVariants.ShippedOthers().Append(RepositoryPaths.Ruleset2022).Order(StringComparer.Ordinal).ToArray();
        var (code, output, error) = CliRunner.Run(["rescore", "--data", RepositoryPaths.Sample2022, "--format", "csv", "--rulesets", .. rulesets]);
        Assert.True(code == 0, error);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", "rescore-2022-sample.csv"));
    }
}
