using System.Globalization;
using DtiRules.Tests.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Attribution;

public sealed class AttributionCliTests : IDisposable
{
    private const string MeetingsChange = """
        override node nt_02 {
          assumed "Kiểm thử: bậc chặt hơn"
          score = tiers nt_so_cuoc_hop { >= 6: 10, >= 3: 5, else: 0 }
        }
        """;

    private const string FibreChange = """
        override node ht_01 {
          assumed "Kiểm thử: đủ điểm từ 60%"
          score = min(ht_ho_cap_quang / 60, 1) * 15
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-attribution-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Edition(int year) => RepositoryPaths.Combine("rulesets", "dti-province", $"{year}.dti");

    private static string Sample(int year) => RepositoryPaths.Combine("data", "sample", $"provinces-{year}.csv");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>An edition extending the 2022 one (copied beside it) with the given changes.</summary>
    private string Extension(int year, params string[] changes)
    {
        File.Copy(RepositoryPaths.Ruleset2022, Path.Combine(_folder, "2022.dti"), overwrite: true);
        return Write($"{year}.dti", $"ruleset dti_province edition {year} extends dti_province 2022 {{\n  title \"Kiểm thử {year}\"\n}}\n\n{string.Join("\n\n", changes)}\n");
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(params string[] args)
    {
        var (code, output, error) = CliRunner.Run([.. args, "--format", "csv"]);
        Assert.True(code == 0, error);
        return CsvRows.Parse(output);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Score(string ruleset, string data) =>
        Csv("score", ruleset, "--data", data).ToDictionary(r => r["code"], r => r);

    private static Dictionary<string, decimal> Dti(string ruleset, string data) =>
        Rescore(ruleset, data).ToDictionary(p => p.Key, p => p.Value.Value);

    /// <summary>The index and rank of every unit as rescore gives them, which leaves out the fields an edition does not read.</summary>
    private static Dictionary<string, (decimal Value, int Rank)> Rescore(string ruleset, string data)
    {
        var rows = Csv("rescore", "--data", data, "--rulesets", ruleset);
        var value = rows[0].Keys.Single(k => k.EndsWith(".dti", StringComparison.Ordinal));
        var rank = rows[0].Keys.Single(k => k.EndsWith(".rank", StringComparison.Ordinal));
        return rows.ToDictionary(r => r["code"], r => (CsvRows.Number(r[value]), CsvRows.Integer(r[rank])));
    }

    [Fact]
    public void Compare_splits_by_shapley_by_default_with_each_order_and_the_ranks_in_the_four_states()
    {
        var (a, b, oldData, newData) = (Edition(2022), Edition(2023), Sample(2022), Sample(2023));
        var rows = Csv("compare", "--rulesets", a, b, "--data", oldData, newData);
        var (aOld, aNew, bOld, bNew) = (Rescore(a, oldData), Rescore(a, newData), Rescore(b, oldData), Rescore(b, newData));
        decimal V(Dictionary<string, (decimal Value, int Rank)> s, string code) => s[code].Value;
        int R(Dictionary<string, (decimal Value, int Rank)> s, string code) => s[code].Rank;

        Assert.Equal(63, rows.Count);
        foreach (var row in rows)
        {
            var code = row["code"];
            var dataFirst = V(aNew, code) - V(aOld, code);
            var rulesFirst = V(bNew, code) - V(bOld, code);
            var total = V(bNew, code) - V(aOld, code);
            Assert.Equal("shapley", row["order"]);
            Assert.Equal(total, CsvRows.Number(row["change"]));
            Assert.Equal(Math.Round((dataFirst + rulesFirst) / 2m, 4, MidpointRounding.AwayFromZero), CsvRows.Number(row["data_effect"]));
            Assert.Equal(total, CsvRows.Number(row["data_effect"]) + CsvRows.Number(row["methodology_effect"]));
            Assert.Equal(dataFirst, CsvRows.Number(row["data_effect.data_first"]));
            Assert.Equal(rulesFirst, CsvRows.Number(row["data_effect.rules_first"]));
            Assert.Equal([R(aOld, code), R(aNew, code), R(bOld, code), R(bNew, code)], new[] { "rank.a_old", "rank.a_new", "rank.b_old", "rank.b_new" }.Select(c => CsvRows.Integer(row[c])));
            var rankData = ((R(aOld, code) - R(aNew, code)) + (R(bOld, code) - R(bNew, code))) / 2m;
            Assert.Equal(R(aOld, code) - R(bNew, code), CsvRows.Number(row["rank_change"]));
            Assert.Equal(rankData, CsvRows.Number(row["rank_data_effect"]));
            Assert.Equal(CsvRows.Number(row["rank_change"]), rankData + CsvRows.Number(row["rank_methodology_effect"]));
        }

        var dakLak = rows.Single(r => r["unit"] == "Đắk Lắk");
        Assert.NotEqual(dakLak["data_effect.data_first"], dakLak["data_effect.rules_first"]);
    }

    [Fact]
    public void By_change_contributions_equal_brute_force_shapley_over_the_edition_changes_and_add_up()
    {
        var both = Extension(2030, MeetingsChange, FibreChange);
        var meetingsOnly = Extension(2031, MeetingsChange);
        var fibreOnly = Extension(2032, FibreChange);
        var data = Sample(2022);
        var (none, one, two, all) = (Dti(RepositoryPaths.Ruleset2022, data), Dti(meetingsOnly, data), Dti(fibreOnly, data), Dti(both, data));

        var rows = Csv("compare", "--rulesets", Path.Combine(_folder, "2022.dti"), both, "--data", data, data, "--by-change");

        Assert.Equal(63 * 2, rows.Count);
        foreach (var unit in rows.GroupBy(r => r["code"]))
        {
            var code = unit.Key;
            var meetings = ((one[code] - none[code]) + (all[code] - two[code])) / 2m;
            var fibre = ((two[code] - none[code]) + (all[code] - one[code])) / 2m;
            var byLabel = unit.ToDictionary(r => r["change"], r => CsvRows.Number(r["contribution"]));
            Assert.Equal(meetings, byLabel["override node nt_02"]);
            Assert.Equal(fibre, byLabel["override node ht_01"]);
            Assert.All(unit, r => Assert.Equal(all[code] - none[code], CsvRows.Number(r["methodology_effect"])));
            Assert.All(unit, r => Assert.Equal("no", r["data_missing"]));
        }

        Assert.Contains(rows, r => CsvRows.Number(r["contribution"]) != 0m);
    }

    [Fact]
    public void Diff_by_change_attributes_the_effect_on_one_dataset()
    {
        var both = Extension(2030, MeetingsChange, FibreChange);
        var data = Sample(2022);
        var (none, all) = (Dti(Path.Combine(_folder, "2022.dti"), data), Dti(both, data));

        var rows = Csv("diff", Path.Combine(_folder, "2022.dti"), both, "--data", data, "--by-change");

        Assert.Equal(63 * 2, rows.Count);
        Assert.All(rows.GroupBy(r => r["code"]), unit => Assert.Equal(all[unit.Key] - none[unit.Key], unit.Sum(r => CsvRows.Number(r["contribution"]))));
        Assert.All(rows, r => Assert.Equal(string.Empty, r["on_new_data"]));
    }

    [Fact]
    public void By_change_on_two_years_adds_up_to_the_shapley_methodology_effect_and_marks_changes_without_data()
    {
        var (a, b, oldData, newData) = (Edition(2022), Edition(2023), Sample(2022), Sample(2023));
        var (code, output, error) = CliRunner.Run("compare", "--rulesets", a, b, "--data", oldData, newData, "--by-change", "--format", "csv");
        Assert.True(code == 0, error);
        var rows = CsvRows.Parse(output);
        var (aOld, aNew, bOld, bNew) = (Dti(a, oldData), Dti(a, newData), Dti(b, oldData), Dti(b, newData));

        foreach (var unit in rows.GroupBy(r => r["code"]))
        {
            var methodology = ((bNew[unit.Key] - aNew[unit.Key]) + (bOld[unit.Key] - aOld[unit.Key])) / 2m;
            Assert.Equal(Math.Round(methodology, 6, MidpointRounding.AwayFromZero), unit.Sum(r => CsvRows.Number(r["contribution"])));
            Assert.All(unit, r => Assert.Equal(Math.Round(methodology, 6, MidpointRounding.AwayFromZero), CsvRows.Number(r["methodology_effect"])));
            var reweighting = unit.Single(r => r["kind"] == "re-weighting");
            Assert.Contains("at_05", reweighting["change"], StringComparison.Ordinal);
            Assert.Equal("yes", reweighting["data_missing"]);
            Assert.Equal(CsvRows.Number(reweighting["contribution"]), CsvRows.Number(reweighting["missing_data_effect"]));
            Assert.Equal(0m, CsvRows.Number(unit.Single(r => r["change"] == "remove node do_thi_thong_minh")["contribution"]));
        }

        Assert.Contains("exact Shapley value", error, StringComparison.Ordinal);
        Assert.Contains("data_missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_draws_a_waterfall_of_the_changes_for_the_chosen_unit()
    {
        var output = Path.Combine(_folder, "report.html");
        var (code, _, error) = CliRunner.Run(
            "--lang", "en", "report", Edition(2023), "--data", Sample(2023), "--rulesets", Edition(2022), Edition(2023), "--unit", "Đắk Lắk", "--out", output);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(output);
        var changes = Csv("diff", Edition(2022), Edition(2023), "--data", Sample(2023), "--by-change").Count(r => r["unit"] == "Đắk Lắk");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<svg class=\"waterfall\""));
        Assert.Equal(changes + 2, System.Text.RegularExpressions.Regex.Matches(html, "<g class=\"step ").Count);
        Assert.Contains("Đắk Lắk: each change&#39;s share", html, StringComparison.Ordinal);
    }

    [Fact]
    public void By_change_needs_an_edition_that_extends_the_other()
    {
        var (code, _, error) = CliRunner.Run("compare", "--rulesets", Edition(2022), Edition(2024), "--data", Sample(2022), Sample(2024), "--by-change");
        Assert.Equal(1, code);
        Assert.Contains("DR4112", error, StringComparison.Ordinal);
    }

    /// <summary>The 2022 sample with some cells changed, written independently of the command under test.</summary>
    private string EditedSample(IReadOnlyDictionary<(string Unit, string Field), string> cells, string name)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Sample2022).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l =>
        {
            var row = l.Split(',');
            foreach (var ((unit, field), value) in cells.Where(c => c.Key.Unit == row[0]))
            {
                row[Array.IndexOf(header, field)] = value;
            }

            return string.Join(',', row);
        });
        return Write(name, string.Join('\n', rows.Prepend(lines[0])) + "\n");
    }

    [Fact]
    public void Whatif_rescores_every_unit_as_score_does_on_the_changed_data()
    {
        var set = new Dictionary<(string, string), string> { [("Đắk Lắk", "ht_ho_cap_quang")] = "95", [("Đắk Lắk", "nt_so_cuoc_hop")] = "6", [("Hà Nội", "xh_su_dung_internet")] = "12.5" };
        var expected = Score(RepositoryPaths.Ruleset2022, EditedSample(set, "edited.csv"));
        var before = Score(RepositoryPaths.Ruleset2022, RepositoryPaths.Sample2022);

        var rows = Csv("whatif", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022,
            "--set", "Đắk Lắk: ht_ho_cap_quang=95, nt_so_cuoc_hop=6", "--set", "Ha Noi: xh_su_dung_internet=12.5");

        Assert.Equal(63, rows.Count);
        foreach (var row in rows)
        {
            var score = expected[row["code"]];
            Assert.All(score, cell => Assert.Equal(cell.Value, row[cell.Key]));
            Assert.Equal(before[row["code"]]["dti"], row["value_before"]);
            Assert.Equal(CsvRows.Number(score["dti"]) - CsvRows.Number(before[row["code"]]["dti"]), CsvRows.Number(row["change"]));
            Assert.Equal(row["unit"] is "Đắk Lắk" or "Hà Nội" ? "yes" : "no", row["set"]);
        }

        Assert.NotEqual(before["66"]["dti"], expected["66"]["dti"]);
    }

    [Theory]
    [InlineData("Đắk Lắk: ht_ho_cap_quangg=95", "DR4113")]
    [InlineData("Đắk Lắk: ht_ho_cap_quang=195", "DR4009")]
    [InlineData("Đắk Lắk ht_ho_cap_quang=95", "DR4115")]
    [InlineData("Đắk Lắk: ht_ho_cap_quang", "DR4115")]
    [InlineData("Đắc Lắc Xyz: ht_ho_cap_quang=95", "DR4006")]
    public void Whatif_refuses_bad_settings_with_a_positioned_error(string setting, string diagnostic)
    {
        var (code, output, error) = CliRunner.Run("whatif", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--set", setting);
        Assert.Equal(1, code);
        Assert.Contains(diagnostic, error, StringComparison.Ordinal);
        Assert.Contains("--set(1,", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData(58, 30)]
    [InlineData(40, 20)]
    [InlineData(15, 5)]
    public void A_plan_applied_with_whatif_and_by_hand_reaches_the_target_rank(int rank, int target)
    {
        var ranking = Score(RepositoryPaths.Ruleset2022, RepositoryPaths.Sample2022).Values.ToList();
        var unit = ranking.First(r => CsvRows.Integer(r["rank"]) >= rank)["unit"];
        var planPath = Path.Combine(_folder, "plan.csv");

        var (code, report, error) = CliRunner.Run("gaps", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", unit, "--target-rank", target.ToString(CultureInfo.InvariantCulture), "--plan", "--out", planPath);
        Assert.True(code == 0, error);
        Assert.Contains($"to reach rank {target}", report, StringComparison.Ordinal);

        var plan = CsvRows.Parse(string.Join('\n', File.ReadAllLines(planPath).Where(l => !l.StartsWith('#'))));
        Assert.NotEmpty(plan);
        Assert.All(plan, p => Assert.Equal(unit, p["unit"]));

        var byHand = Score(RepositoryPaths.Ruleset2022, EditedSample(plan.ToDictionary(p => (p["unit"], p["field"]), p => p["value"]), "planned.csv"));
        Assert.InRange(CsvRows.Integer(byHand.Values.Single(r => r["unit"] == unit)["rank"]), 1, target);

        var applied = Csv("whatif", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--scenario", planPath);
        Assert.InRange(CsvRows.Integer(applied.Single(r => r["unit"] == unit)["rank"]), 1, target);
        AssertWithinCaps(plan);
    }

    /// <summary>Every planned value is one some unit already has or lies between the unit's own value and such a value, and within the input's range.</summary>
    private static void AssertWithinCaps(IReadOnlyList<IReadOnlyDictionary<string, string>> plan)
    {
        var sample = CsvRows.Parse(string.Join('\n', File.ReadAllLines(RepositoryPaths.Sample2022).Where(l => !l.StartsWith('#'))));
        foreach (var step in plan)
        {
            var values = sample.Select(r => r[step["field"]]).Where(v => v.Length > 0).Select(Value).ToList();
            var value = Value(step["value"]);
            Assert.InRange(value, values.Min(), values.Max());
        }
    }

    /// <summary>A planned or sample cell as a number: yes/no inputs as 1 or 0.</summary>
    private static decimal Value(string text) => text switch
    {
        "yes" or "có" or "true" => 1m,
        "no" or "không" or "false" => 0m,
        _ => CsvRows.Number(text),
    };

    [Fact]
    public void Plans_refuse_a_rank_outside_the_units_and_say_when_the_target_cannot_be_reached()
    {
        var outside = CliRunner.Run("gaps", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "Đắk Lắk", "--target-rank", "64", "--plan");
        Assert.Equal(1, outside.ExitCode);
        Assert.Contains("DR4116", outside.Error, StringComparison.Ordinal);

        var (code, output, error) = CliRunner.Run("gaps", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "Đắk Lắk", "--target-rank", "1", "--plan", "--realism", "median");
        Assert.Equal(0, code);
        Assert.Contains("cannot reach rank 1 with realism median", output, StringComparison.Ordinal);
        Assert.Contains("DR4117", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_published_pillar_values_is_rescored_by_pillar_id()
    {
        string[] units = ["Hà Nội", "Đà Nẵng", "Thừa Thiên Huế", "Cần Thơ", "Đắk Lắk"];
        decimal[][] values = [[0.61m, 0.52m, 0.40m, 0.55m], [0.7m, 0.45m, 0.5m, 0.6m], [0.3m, 0.2m, 0.1m, 0.25m], [0.7m, 0.3m, 0.2m, 0.4m], [0.44m, 0.45m, 0.46m, 0.45m]];
        string[] outputs = ["chinh_quyen_so", "kinh_te_so", "xa_hoi_so", "dti"];
        var table = Write("pillars-2020.csv", "unit," + string.Join(',', outputs) + "\n"
            + string.Join('\n', units.Select((u, i) => u + "," + string.Join(',', values[i].Select(v => v.ToString(CultureInfo.InvariantCulture))))) + "\n");

        var rows = Csv("score", Edition(2020), "--data", table).ToDictionary(r => r["unit"]);

        for (var o = 0; o < outputs.Length; o++)
        {
            for (var i = 0; i < units.Length; i++)
            {
                var row = rows[units[i]];
                Assert.Equal(values[i][o], CsvRows.Number(row[outputs[o]]));
                var competitionRank = 1 + values.Count(v => v[o] > values[i][o]);
                Assert.Equal(competitionRank, CsvRows.Integer(row[outputs[o] == "dti" ? "rank" : $"{outputs[o]}.rank"]));
            }
        }
    }
}
