using System.Globalization;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

public sealed class UnitMergerCliTests : IDisposable
{
    private static readonly string MergerPath = RepositoryPaths.Combine("data", "units", "merger-2025.csv");

    // The scored main indices of the 2022 edition with their max points; DTI = Σ value × max / 1000.
    private static readonly (string Id, decimal Max)[] MainIndices =
    [
        ("nhan_thuc_so", 100), ("the_che_so", 100), ("ha_tang_so", 100), ("nhan_luc_so", 100), ("an_toan_thong_tin_mang", 100),
        ("hd_chinh_quyen_so", 200), ("hd_kinh_te_so", 150), ("hd_xa_hoi_so", 150),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-merger-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Csv(IEnumerable<(string Unit, decimal[] Values)> rows, string extraColumn = "", Func<string, string>? extraCell = null) =>
        "unit," + string.Join(',', MainIndices.Select(m => m.Id)) + (extraColumn.Length > 0 ? "," + extraColumn : string.Empty) + "\n"
        + string.Concat(rows.Select(r => r.Unit + "," + string.Join(',', r.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))
            + (extraCell is null ? string.Empty : "," + extraCell(r.Unit)) + "\n"));

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Score(params string[] extra)
    {
        var (code, output, error) = CliRunner.Run(["score", RepositoryPaths.Ruleset2022, "--format", "csv", .. extra]);
        Assert.True(code == 0, error);
        return CsvRows.Parse(output);
    }

    private static decimal Publish(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    [Fact]
    public void Merged_main_indices_are_the_means_of_the_constituents_and_ties_share_a_rank()
    {
        // Hưng Yên + Thái Bình have the same means as Bắc Ninh + Bắc Giang from other values, so the two merged units tie.
        decimal[] bacNinh = [0.80m, 0.62m, 0.71m, 0.55m, 0.90m, 0.48m, 0.66m, 0.73m];
        decimal[] bacGiang = [0.40m, 0.52m, 0.33m, 0.61m, 0.20m, 0.58m, 0.46m, 0.37m];
        var rows = new (string Unit, decimal[] Values)[]
        {
            ("Hà Nội", [0.95m, 0.91m, 0.88m, 0.93m, 0.97m, 0.90m, 0.86m, 0.92m]),
            ("Bắc Ninh", bacNinh),
            ("Bắc Giang", bacGiang),
            ("Hưng Yên", [.. bacNinh.Select(v => v - 0.10m)]),
            ("Thái Bình", [.. bacGiang.Select(v => v + 0.10m)]),
            ("Lào Cai", [0.30m, 0.41m, 0.25m, 0.38m, 0.44m, 0.29m, 0.35m, 0.27m]),
            ("Yên Bái", [0.55m, 0.47m, 0.52m, 0.36m, 0.49m, 0.51m, 0.40m, 0.45m]),
        };
        var data = Write("main.csv", Csv(rows));
        var merged = Score("--data", data, "--units-map", MergerPath);

        Assert.Equal(4, merged.Count);
        foreach (var row in merged)
        {
            var constituents = rows.Where(r => Successor(r.Unit) == row["unit"]).ToList();
            Assert.NotEmpty(constituents);
            for (var m = 0; m < MainIndices.Length; m++)
            {
                var mean = constituents.Sum(c => c.Values[m]) / constituents.Count;
                Assert.Equal(Publish(mean), CsvRows.Number(row[MainIndices[m].Id]));
            }
        }

        var dti = merged.ToDictionary(r => r["unit"], r => CsvRows.Number(r["dti"]));
        Assert.Equal(dti["Bắc Ninh"], dti["Hưng Yên"]);
        foreach (var row in merged)
        {
            var expectedRank = 1 + dti.Values.Count(v => v > dti[row["unit"]]);
            Assert.Equal(expectedRank, CsvRows.Integer(row["rank"]));
        }
    }

    [Fact]
    public void Each_merged_dti_is_the_mean_of_its_constituents_dti()
    {
        // Values with two decimals make every constituent's DTI exact at four, so the hand mean is exact too.
        var rows = UnitList.Provinces63.Units
            .Select((u, i) => (u.Name, MainIndices.Select((_, m) => (((i * 37) + (m * 11)) % 90 + 10) / 100m).ToArray()))
            .ToList();
        var data = Write("all.csv", Csv(rows));
        var before = Score("--data", data);
        var after = Score("--data", data, "--units-map", MergerPath);

        Assert.Equal(63, before.Count);
        Assert.Equal(34, after.Count);
        foreach (var row in after)
        {
            var constituentDti = before.Where(b => Successor(b["unit"]) == row["unit"]).Select(b => CsvRows.Number(b["dti"])).ToList();
            Assert.NotEmpty(constituentDti);
            Assert.Equal(Publish(constituentDti.Sum() / constituentDti.Count), CsvRows.Number(row["dti"]));
        }
    }

    [Fact]
    public void Merged_values_on_the_sample_stay_within_rounding_of_the_mean_dti()
    {
        var before = Score("--data", RepositoryPaths.Sample2022);
        var after = Score("--data", RepositoryPaths.Sample2022, "--units-map", MergerPath);
        Assert.Equal(34, after.Count);
        foreach (var row in after)
        {
            var constituentDti = before.Where(b => Successor(b["unit"]) == row["unit"]).Select(b => CsvRows.Number(b["dti"])).ToList();
            Assert.InRange(Math.Abs((constituentDti.Sum() / constituentDti.Count) - CsvRows.Number(row["dti"])), 0m, 0.0001m);
        }
    }

    [Fact]
    public void A_weight_column_gives_the_weighted_mean()
    {
        decimal[] phuTho = [0.70m, 0.60m, 0.50m, 0.40m, 0.30m, 0.20m, 0.10m, 0.90m];
        decimal[] vinhPhuc = [0.20m, 0.30m, 0.40m, 0.50m, 0.60m, 0.70m, 0.80m, 0.90m];
        decimal[] hoaBinh = [0.90m, 0.10m, 0.80m, 0.20m, 0.70m, 0.30m, 0.60m, 0.40m];
        var population = new Dictionary<string, decimal> { ["Phú Thọ"] = 1_530_000m, ["Vĩnh Phúc"] = 1_200_000m, ["Hòa Bình"] = 880_000m };
        var rows = new (string Unit, decimal[] Values)[] { ("Phú Thọ", phuTho), ("Vĩnh Phúc", vinhPhuc), ("Hòa Bình", hoaBinh) };
        var data = Write("weighted.csv", Csv(rows, "population", u => population[u].ToString(CultureInfo.InvariantCulture)));

        var weighted = Assert.Single(Score("--data", data, "--units-map", MergerPath, "--merge-weight", "population"));
        var plain = Assert.Single(Score("--data", Write("plain.csv", Csv(rows)), "--units-map", MergerPath));
        for (var m = 0; m < MainIndices.Length; m++)
        {
            var mean = rows.Sum(r => r.Values[m] * population[r.Unit]) / population.Values.Sum();
            Assert.Equal(Publish(mean), CsvRows.Number(weighted[MainIndices[m].Id]));
        }

        Assert.NotEqual(plain["dti"], weighted["dti"]);
    }

    [Fact]
    public void Missing_weights_and_a_missing_weight_column_are_errors()
    {
        var rows = new (string Unit, decimal[] Values)[] { ("Cà Mau", [.. MainIndices.Select(_ => 0.5m)]), ("Bạc Liêu", [.. MainIndices.Select(_ => 0.6m)]) };
        var data = Write("weights.csv", Csv(rows, "population", u => u == "Cà Mau" ? "1200000" : string.Empty));

        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data, "--units-map", MergerPath, "--merge-weight", "population");
        Assert.Equal(1, code);
        Assert.Contains("weights.csv(3,10): error DR4033", error, StringComparison.Ordinal);

        var (absentCode, _, absentError) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data, "--units-map", MergerPath, "--merge-weight", "dan_so");
        Assert.Equal(1, absentCode);
        Assert.Contains("error DR4032", absentError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_merged_unit_is_a_warning()
    {
        var data = Write("part.csv", Csv([("Cà Mau", [.. MainIndices.Select(_ => 0.5m)])]));
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data, "--units-map", MergerPath);
        Assert.Equal(0, code);
        Assert.Contains("warning DR4034", error, StringComparison.Ordinal);
        Assert.Contains("Bạc Liêu", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_both_lists_each_constituent_with_its_rank_before_the_merger()
    {
        var before = Score("--data", RepositoryPaths.Sample2022).ToDictionary(r => r["unit"], r => r["rank"]);
        var (code, output, error) = CliRunner.Run(
            "score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--units-map", MergerPath, "--show-both");
        Assert.True(code == 0, error);
        var table = output.Split('\n');
        var hcm = Assert.Single(table, l => l.Contains("│ Hồ Chí Minh ", StringComparison.Ordinal));
        foreach (var constituent in new[] { "Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu" })
        {
            var name = UnitList.Provinces63.TryResolve(constituent, out var unit) ? unit.Name : constituent;
            Assert.Contains($"{name} {before[name]}", hcm, StringComparison.Ordinal);
        }
    }

    private static readonly Lazy<UnitMap> Merger = new(() => UnitMap.Read(MergerPath, UnitList.Provinces63, new DiagnosticBag())!);

    private static string Successor(string unitName) =>
        UnitList.Provinces63.TryResolve(unitName, out var unit) ? Merger.Value.SuccessorOf(unit.Code).Name : throw new ArgumentException(unitName);
}
