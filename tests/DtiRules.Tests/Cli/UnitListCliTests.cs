using DtiRules.Cli;
using System.Globalization;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Cli;

public sealed class UnitListCliTests : IDisposable
{
    private static readonly string Folder = RepositoryPaths.Combine("tests", "units");
    private static readonly string CommuneRuleset = Path.Combine(Folder, "commune.dti");
    private static readonly string Communes = Path.Combine(Folder, "communes.csv");
    private static readonly string CommuneData = Path.Combine(Folder, "communes-data.csv");

    // The synthetic data of communes-data.csv by commune code: (a, b) in percent; the province of each commune.
    private static readonly Dictionary<string, (decimal A, decimal B, string Province)> Data = new(StringComparer.Ordinal)
    {
        ["90001"] = (50, 100, "66"), ["90002"] = (80, 60, "66"), ["90003"] = (20, 30, "66"),
        ["90004"] = (100, 0, "01"), ["90005"] = (70, 90, "01"), ["90006"] = (40, 50, "01"),
        ["90007"] = (90, 80, "46"), ["90008"] = (10, 20, "46"),
    };

    private readonly string _temp = Directory.CreateTempSubdirectory("dti-units-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The commune ruleset without its units clause, in a folder without the list.</summary>
    private string RulesetWithoutList() =>
        Write("commune.dti", File.ReadAllText(CommuneRuleset).Replace("  units   \"communes.csv\"\n", string.Empty, StringComparison.Ordinal));

    private static decimal Publish(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    // DTI of the test ruleset from its two main indices' 0–1 values: chinh_quyen has 60 points, xa_hoi 40, the scale is 100.
    private static decimal Dti(decimal chinhQuyen, decimal xaHoi) => Publish(((chinhQuyen * 60) + (xaHoi * 40)) / 100);

    private static int CompetitionRank(IEnumerable<decimal> all, decimal value) => 1 + all.Count(v => v > value);

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> ScoreCsv(params string[] extra)
    {
        var (code, output, error) = CliRunner.Run(["score", CommuneRuleset, "--data", CommuneData, "--format", "csv", .. extra]);
        Assert.True(code == 0, error);
        return CsvRows.Parse(output);
    }

    [Fact]
    public void A_commune_ruleset_with_its_list_checks_and_tests_clean()
    {
        var (checkCode, checkOut, _) = CliRunner.Run("check", CommuneRuleset);
        Assert.Equal(0, checkCode);
        Assert.Equal("0 error(s), 0 warning(s)\n", checkOut);

        var (testCode, testOut, _) = CliRunner.Run("test", CommuneRuleset);
        Assert.Equal(0, testCode);
        Assert.EndsWith("1 passed, 0 failed\n", testOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commune_ruleset_scores_with_parents_and_ranks_within_them()
    {
        var rows = ScoreCsv();
        Assert.Equal(["rank", "unit", "code", "parent", "parent_code", "rank_in_parent", "dti"], rows[0].Keys.Take(7));
        Assert.Equal(Data.Keys.Order(StringComparer.Ordinal), rows.Select(r => r["code"]).Order(StringComparer.Ordinal));
        var dti = Data.ToDictionary(p => p.Key, p => Dti(p.Value.A / 100, p.Value.B / 100), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (_, _, province) = Data[row["code"]];
            Assert.Equal(dti[row["code"]], CsvRows.Number(row["dti"]));
            Assert.Equal(province, row["parent_code"]);
            Assert.Equal(CompetitionRank(dti.Values, dti[row["code"]]), CsvRows.Integer(row["rank"]));
            var siblings = Data.Where(p => p.Value.Province == province).Select(p => dti[p.Key]);
            Assert.Equal(CompetitionRank(siblings, dti[row["code"]]), CsvRows.Integer(row["rank_in_parent"]));
        }

        Assert.Equal("Đắk Lắk", rows.Single(r => r["code"] == "90001")["parent"]);
    }

    [Fact]
    public void Json_and_the_table_show_the_parent_and_the_rank_within_it()
    {
        var (_, json, _) = CliRunner.Run("score", CommuneRuleset, "--data", CommuneData, "--format", "json");
        var unit = JObject.Parse(json)["units"]!.Single(u => (string?)u["code"] == "90004");
        Assert.Equal(("01", "Hà Nội", 2), ((string?)unit["parent"]!["code"], (string?)unit["parent"]!["name"], (int)unit["rank_in_parent"]!));

        var (_, table, _) = CliRunner.Run("--lang", "vi", "score", CommuneRuleset, "--data", CommuneData);
        Assert.Contains("Hạng trong tỉnh", table, StringComparison.Ordinal);
        Assert.Contains(table.Split('\n'), l => l.Contains("│ Xã Ea Kao ", StringComparison.Ordinal) && l.Contains("│ Đắk Lắk ", StringComparison.Ordinal) && l.Contains("│               3 │", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_names_each_unit_with_its_parent()
    {
        var report = Path.Combine(_temp, "report.html");
        var (code, _, error) = CliRunner.Run("report", CommuneRuleset, "--data", CommuneData, "--out", report);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(report);
        Assert.Contains("Xã Hòa Bình (Đắk Lắk)", html, StringComparison.Ordinal);
        Assert.Contains("Xã Hòa Bình (Hà Nội)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_result_has_the_rank_within_the_parent()
    {
        var output = Path.Combine(_temp, "result.xlsx");
        var (code, _, error) = CliRunner.Run("--lang", "en", "score", CommuneRuleset, "--data", CommuneData, "--out", output);
        Assert.True(code == 0, error);
        using var stream = File.OpenRead(output);
        var ranking = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Ranking").Cast<IDictionary<string, object>>().ToList();
        var row = ranking.Single(r => (string)r["Code"] == "90003");
        Assert.Equal(("Đắk Lắk", "66", 3d), ((string)row["Parent"], (string)row["Parent code"], Convert.ToDouble(row["Rank within parent"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Rolling_up_to_the_parents_averages_the_main_indices_and_ranks_the_parents()
    {
        var rows = ScoreCsv("--rollup", "parent");
        Assert.Equal(["01", "46", "66"], rows.Select(r => r["code"]).Order(StringComparer.Ordinal));
        var expected = Data.GroupBy(p => p.Value.Province).ToDictionary(
            g => g.Key,
            g => Dti(g.Average(p => p.Value.A / 100), g.Average(p => p.Value.B / 100)));
        foreach (var row in rows)
        {
            Assert.Equal(expected[row["code"]], CsvRows.Number(row["dti"]));
            Assert.Equal(CompetitionRank(expected.Values, expected[row["code"]]), CsvRows.Integer(row["rank"]));
            Assert.False(row.ContainsKey("rank_in_parent"));
        }
    }

    [Fact]
    public void Rolling_up_with_a_weight_column_gives_the_weighted_mean()
    {
        var population = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["90001"] = 12000, ["90002"] = 30000, ["90003"] = 8000, ["90004"] = 15000,
            ["90005"] = 40000, ["90006"] = 25000, ["90007"] = 50000, ["90008"] = 5000,
        };
        var data = Write("weighted.csv", "unit,a,b,population\n" + string.Concat(Data.Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{p.Key},{p.Value.A},{p.Value.B},{population[p.Key]}\n"))));
        var (code, output, error) = CliRunner.Run("score", CommuneRuleset, "--data", data, "--format", "csv", "--units", Communes, "--rollup", "parent", "--rollup-weight", "population");
        Assert.True(code == 0, error);
        foreach (var row in CsvRows.Parse(output))
        {
            var members = Data.Where(p => p.Value.Province == row["code"]).ToList();
            decimal Weighted(Func<(decimal A, decimal B, string Province), decimal> value) =>
                members.Sum(p => value(p.Value) * population[p.Key]) / members.Sum(p => population[p.Key]);
            Assert.Equal(Dti(Weighted(v => v.A / 100), Weighted(v => v.B / 100)), CsvRows.Number(row["dti"]));
        }
    }

    [Fact]
    public void A_rollup_with_units_absent_from_the_data_reports_the_coverage_it_has()
    {
        // Of Đắk Lắk's three communes two are in the data, of Hà Nội's three one, of Huế's two none.
        var data = Write("part.csv", "unit,a,b\n90001,50,100\n90002,80,60\n90004,100,0\n");
        var (code, output, error) = CliRunner.Run("score", CommuneRuleset, "--data", data, "--units", Communes, "--rollup", "parent");
        Assert.True(code == 0, error);

        var share = ((2m / 3) + (1m / 3) + 0m) / 3 * 100;
        var percent = Math.Round(share, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"Coverage: {percent}% of the points from data; 1 unit(s) left out for want of data;", output, StringComparison.Ordinal);
        Assert.Contains("warning DR4034: Đắk Lắk is rolled up from 2 of its 3 units because the data lacks Xã Ea Kao", error, StringComparison.Ordinal);
        Assert.Contains("warning DR4075: 1 unit(s) after the roll-up have none of their units in the data and are left out: Huế", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rollup_weight_column_is_named_as_the_rollups()
    {
        var (code, _, error) = CliRunner.Run("score", CommuneRuleset, "--data", CommuneData, "--rollup", "parent", "--rollup-weight", "dan_so");
        Assert.Equal(1, code);
        Assert.Contains("to weight the roll-up by", error, StringComparison.Ordinal);
        Assert.Contains("leave out --rollup-weight", error, StringComparison.Ordinal);
        Assert.DoesNotContain("merge", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_reports_an_ambiguous_or_unknown_unit_of_a_test_block_as_test_does()
    {
        var ruleset = Write("tested.dti", File.ReadAllText(RulesetWithoutList()) + """

            test "names" {
              unit "Xã Hòa Bình" { a: 50 b: 100 }
              unit "Phường Tân An" { a: 80 b: 60 }
              expect "Xã Atlantis" dti == 0.7
              expect "Xã Phú Vang" dti == 0.7
            }

            """);
        var lines = File.ReadAllLines(ruleset);
        int LineOf(string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;

        var (code, output, _) = CliRunner.Run("check", ruleset, "--units", Communes);
        Assert.Equal(1, code);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"tested.dti({LineOf("unit \"Xã Hòa Bình\"")},"), output, StringComparison.Ordinal);
        Assert.Contains("error DR4050: 'Xã Hòa Bình' names 2 units", output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"tested.dti({LineOf("Xã Atlantis")},"), output, StringComparison.Ordinal);
        Assert.Contains("error DR4006: Unknown unit 'Xã Atlantis'", output, StringComparison.Ordinal);
        Assert.Contains("error DR4006: Unknown unit 'Xã Phú Vang' (it is not among the test's units)", output, StringComparison.Ordinal);

        var (testCode, testOutput, _) = CliRunner.Run("test", ruleset, "--units", Communes);
        Assert.Equal(1, testCode);
        Assert.Contains("error DR4050: 'Xã Hòa Bình' names 2 units", testOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"..\\lists\\communes.csv", "communes.csv", ",")]
    [InlineData("../lists/./communes.txt", "communes.txt", "\t")]
    [InlineData("../lists/communes.txt", "communes.txt", ",")]
    public void A_list_named_with_windows_separators_or_saved_as_text_is_read(string written, string file, string separator)
    {
        Directory.CreateDirectory(Path.Combine(_temp, "lists"));
        Directory.CreateDirectory(Path.Combine(_temp, "rulesets"));
        File.WriteAllText(Path.Combine(_temp, "lists", file), File.ReadAllText(Communes).Replace(",", separator, StringComparison.Ordinal));
        var ruleset = Path.Combine(_temp, "rulesets", "commune.dti");
        File.WriteAllText(ruleset, File.ReadAllText(CommuneRuleset).Replace("\"communes.csv\"", $"\"{written}\"", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("check", ruleset);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void A_list_that_cannot_be_read_is_named_by_its_path_with_a_plain_reason()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "a", "b"));
        Directory.CreateDirectory(Path.Combine(_temp, "lists"));
        var ruleset = Path.Combine(_temp, "a", "b", "commune.dti");
        File.WriteAllText(ruleset, File.ReadAllText(CommuneRuleset).Replace("\"communes.csv\"", "\"../../lists/./none.csv\"", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("check", ruleset);
        Assert.NotEqual(0, code);
        var expected = Path.Combine(_temp, "lists", "none.csv");
        Assert.Contains($"error DR4060: Cannot read the unit list '{expected}': the file does not exist;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("..", output.Replace("check the path", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_both_lists_the_units_under_each_parent_with_their_ranks()
    {
        var (code, output, error) = CliRunner.Run("--lang", "vi", "score", CommuneRuleset, "--data", CommuneData, "--rollup", "parent", "--show-both");
        Assert.True(code == 0, error);
        Assert.Contains("Đơn vị trực thuộc (hạng/8)", output, StringComparison.Ordinal);
        var hue = Assert.Single(output.Split('\n'), l => l.Contains("│ Huế ", StringComparison.Ordinal));
        Assert.Contains("Phường Thuận Hóa 1, Xã Phú Vang 8", hue, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rollup_weight_needs_a_rollup_and_a_rollup_excludes_a_map()
    {
        var (code, _, error) = CliRunner.Run("score", CommuneRuleset, "--data", CommuneData, "--rollup-weight", "population");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--rollup-weight needs --rollup parent", error, StringComparison.Ordinal);

        var (both, _, bothError) = CliRunner.Run("score", CommuneRuleset, "--data", CommuneData, "--rollup", "parent", "--units-map", Communes);
        Assert.Equal(ExitCodes.Usage, both);
        Assert.Contains("give one of them", bothError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_list_has_no_parents_to_roll_up_to()
    {
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--rollup", "parent");
        Assert.Equal(1, code);
        Assert.Contains("error DR4076", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), l => l.Contains("error DR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_commune_merger_maps_communes_by_code_to_new_communes()
    {
        // Hòa Bình and Tân An (Đắk Lắk) become one new commune; Cửa Nam (Hà Nội) keeps its code and gets a new name; the rest stay.
        var map = Write("merger.csv", "from_code,from_name,to_code,to_name\n"
            + "90001,Hòa Bình,99001,Xã Hòa Bình Mới\n90002,Phường Tân An,99001,Xã Hòa Bình Mới\n90003,Ea Kao,90003,\n"
            + "90004,Xã Hòa Bình,90004,\n90005,Cửa Nam,90005,Phường Hoàn Kiếm\n90006,Đông Anh,90006,\n90007,Thuận Hóa,90007,\n90008,Phú Vang,90008,\n");
        var rows = ScoreCsv("--units-map", map);
        Assert.Equal(["90003", "90004", "90005", "90006", "90007", "90008", "99001"], rows.Select(r => r["code"]).Order(StringComparer.Ordinal));
        var merged = rows.Single(r => r["code"] == "99001");
        Assert.Equal(("Xã Hòa Bình Mới", "Đắk Lắk"), (merged["unit"], merged["parent"]));
        Assert.Equal(Dti((0.5m + 0.8m) / 2, (1.0m + 0.6m) / 2), CsvRows.Number(merged["dti"]));
        Assert.Equal("Phường Hoàn Kiếm", rows.Single(r => r["code"] == "90005")["unit"]);

        // Within Đắk Lắk the merged commune ranks above Ea Kao.
        Assert.Equal("1", merged["rank_in_parent"]);
        Assert.Equal("2", rows.Single(r => r["code"] == "90003")["rank_in_parent"]);
    }

    [Fact]
    public void A_district_abolition_sends_each_districts_units_to_its_province()
    {
        var districts = Write("districts.csv", "code,name,kind,parent\n601,Huyện Krông Pắc,district,66\n602,Huyện Cư Kuin,district,66\n603,Huyện Đông Anh,district,01\n");
        var ruleset = Write("district.dti", File.ReadAllText(CommuneRuleset)
            .Replace("unit    commune", "unit    district", StringComparison.Ordinal)
            .Replace("\"communes.csv\"", "\"districts.csv\"", StringComparison.Ordinal)
            .Split("\ntest ")[0]);
        var data = Write("district-data.csv", "unit,a,b\nKrông Pắc,40,60\nUBND huyện Cư Kuin,80,20\nĐông Anh,50,50\n");
        var map = Write("abolition.csv", "from_code,to_code\n601,66\n602,66\n603,01\n");
        var (code, output, error) = CliRunner.Run("score", ruleset, "--data", data, "--units-map", map, "--format", "csv");
        Assert.True(code == 0, error);
        var rows = CsvRows.Parse(output);
        Assert.Equal([("01", "Hà Nội"), ("66", "Đắk Lắk")], rows.Select(r => (r["code"], r["unit"])).Order());
        Assert.Equal(Dti(0.6m, 0.4m), CsvRows.Number(rows.Single(r => r["code"] == "66")["dti"]));
    }

    [Fact]
    public void A_map_target_without_a_name_that_is_no_known_unit_is_an_error()
    {
        var map = Write("unnamed.csv", "from_code,to_code,to_name\n90001,99001,\n90002,99001,\n90003,99002,Xã A\n90004,99002,Xã B\n"
            + "90005,90005,\n90006,90006,\n90007,90007,\n90008,90008,\n");
        var (code, _, error) = CliRunner.Run("score", CommuneRuleset, "--data", CommuneData, "--units-map", map);
        Assert.Equal(1, code);
        Assert.Contains("unnamed.csv(2,2): error DR4065", error, StringComparison.Ordinal);
        Assert.Contains("unnamed.csv(5,3): error DR4066", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_data_row_is_refused_with_its_candidates()
    {
        var data = Write("ambiguous.csv", "unit,a,b\nHòa Bình,50,50\nXã Ea Kao,20,30\n");
        var (code, _, error) = CliRunner.Run("score", CommuneRuleset, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("ambiguous.csv(2,1): error DR4050: 'Hòa Bình' names 2 units: Xã Hòa Bình (90001) in Đắk Lắk (66); Xã Hòa Bình (90004) in Hà Nội (01)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Hòa Bình, Đắk Lắk\"")]
    [InlineData("Hòa Bình (Đắk Lắk)")]
    [InlineData("Hòa Bình (66)")]
    [InlineData("90001")]
    public void An_ambiguous_name_is_accepted_with_its_parent_or_as_its_code(string written)
    {
        var data = Write("qualified.csv", $"unit,a,b\n{written},50,100\n");
        var (code, output, error) = CliRunner.Run("score", CommuneRuleset, "--data", data, "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Equal("90001", Assert.Single(CsvRows.Parse(output))["code"]);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("2.2")]
    [InlineData("\"0,1\"")]
    public void A_number_is_refused_for_unit_province(string written)
    {
        var data = Write("numbers.csv", $"unit,nhan_thuc_so\n{written},0.5\n");
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("numbers.csv(2,1): error DR4006: Unknown unit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_at_the_unit_clause_when_the_kind_has_no_list()
    {
        var text = "ruleset dept edition 2025 {\n  title \"Sở\"\n  basis \"test\"\n  unit department\n  scale 100\n}\ninput a: percent \"A\"\nnode n \"N\" max 100 { assumed \"test\" score = a }\nindex dti \"DTI\" { assumed \"test\" }\n";
        var ruleset = Write("dept.dti", text);
        var (code, output, _) = CliRunner.Run("check", ruleset);
        Assert.Equal(1, code);
        Assert.Contains("dept.dti(4,3): error DR4026", output, StringComparison.Ordinal);

        var list = Write("departments.csv", "code,name\nSYT,Sở Y tế\n");
        var (withList, withListOut, _) = CliRunner.Run("check", ruleset, "--units", list);
        Assert.True(withList == 0, withListOut);

        var (open, openOut, _) = CliRunner.Run("check", ruleset, "--units", "open");
        Assert.Equal(0, open);
        Assert.Contains("warning DR4061", openOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_missing_list_at_the_units_clause_and_a_bad_list_in_the_list()
    {
        var missing = Write("missing.dti", File.ReadAllText(CommuneRuleset).Replace("\"communes.csv\"", "\"nowhere.csv\"", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run("check", missing);
        Assert.Equal(ExitCodes.InputOutput, code);
        Assert.Contains("missing.dti(6,3): error DR4060", output, StringComparison.Ordinal);

        Write("communes.csv", "code,name,kind,parent\n90001,Xã A,commune,66\n90001,Xã B,commune,66\n90002,Sở Y tế,department,66\n");
        var bad = Write("bad.dti", File.ReadAllText(CommuneRuleset));
        var (badCode, badOutput, _) = CliRunner.Run("check", bad);
        Assert.Equal(1, badCode);
        var list = Path.Combine(_temp, "communes.csv");
        Assert.Contains($"{list}(3,1): error DR4053", badOutput, StringComparison.Ordinal);
        Assert.Contains($"{list}(4,3): error DR4056", badOutput, StringComparison.Ordinal);
    }

    public static TheoryData<string> DataCommands => new() { "score", "rescore", "explain", "gaps", "test", "snapshot", "report", "diff", "compare", "check" };

    private string[] Command(string command, string ruleset) => command switch
    {
        "score" => ["score", ruleset, "--data", CommuneData],
        "rescore" => ["rescore", "--data", CommuneData, "--rulesets", ruleset, ruleset],
        "explain" => ["explain", ruleset, "--data", CommuneData, "--unit", "Ea Kao"],
        "gaps" => ["gaps", ruleset, "--data", CommuneData, "--unit", "Ea Kao", "--target-rank", "1"],
        "test" => ["test", ruleset],
        "snapshot" => ["snapshot", ruleset, "--data", CommuneData, "--out", Path.Combine(_temp, "result.snapshot")],
        "report" => ["report", ruleset, "--data", CommuneData, "--out", Path.Combine(_temp, "report.html")],
        "diff" => ["diff", ruleset, ruleset, "--data", CommuneData],
        "compare" => ["compare", "--rulesets", ruleset, ruleset, "--data", CommuneData, CommuneData],
        _ => ["check", ruleset],
    };

    [Theory]
    [MemberData(nameof(DataCommands))]
    public void Every_command_that_reads_data_takes_the_list_from_units(string command)
    {
        var ruleset = RulesetWithoutList();
        var (without, withoutOut, withoutError) = CliRunner.Run(Command(command, ruleset));
        Assert.Equal(1, without);
        Assert.Contains("error DR4026", withoutOut + withoutError, StringComparison.Ordinal);

        var (with, withOut, withError) = CliRunner.Run([.. Command(command, ruleset), "--units", Communes]);
        Assert.True(with == 0, withOut + withError);
        Assert.DoesNotContain("error", withError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_list_of_mixed_kinds_shows_each_units_kind()
    {
        Write("agencies.csv", "code,name,kind,parent\nSYT,Sở Y tế,department,66\nKP,UBND huyện Krông Pắc,district,66\n");
        var ruleset = Write("custom.dti", File.ReadAllText(CommuneRuleset)
            .Replace("unit    commune", "unit    custom", StringComparison.Ordinal)
            .Replace("\"communes.csv\"", "\"agencies.csv\"", StringComparison.Ordinal)
            .Split("\ntest ")[0]);
        var data = Write("agencies-data.csv", "unit,a,b\nY tế,50,50\nKrông Pắc,20,30\n");
        var (code, output, error) = CliRunner.Run("score", ruleset, "--data", data, "--format", "csv");
        Assert.True(code == 0, error);
        var rows = CsvRows.Parse(output);
        Assert.Equal(["rank", "unit", "code", "kind", "parent"], rows[0].Keys.Take(5));
        Assert.Equal([("SYT", "department"), ("KP", "district")], rows.Select(r => (r["code"], r["kind"])));
    }

    [Fact]
    public void An_open_list_takes_every_name_as_written_with_a_warning()
    {
        var data = Write("open.csv", "unit,a,b\nTrường A,50,50\nTrường B,20,30\n");
        var (code, output, error) = CliRunner.Run("score", RulesetWithoutList(), "--data", data, "--units", "open", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("warning DR4061", error, StringComparison.Ordinal);
        Assert.Equal(["Trường A", "Trường B"], CsvRows.Parse(output).Select(r => r["code"]));
    }

    [Fact]
    public void A_snapshot_of_an_open_list_keeps_codes_with_spaces_and_checks_against_itself()
    {
        var data = Write("open.csv", "unit,a,b\n\"Trường \"\"Chu Văn An\"\" Hà Nội\",50,50\nTrường B,20,30\n");
        var ruleset = RulesetWithoutList();
        var snapshot = Path.Combine(_temp, "open.snapshot");
        var (written, _, writeError) = CliRunner.Run("snapshot", ruleset, "--data", data, "--units", "open", "--out", snapshot);
        Assert.True(written == 0, writeError);
        Assert.Contains("unit \"Trường B\" Trường B\n", File.ReadAllText(snapshot), StringComparison.Ordinal);

        var (same, output, error) = CliRunner.Run("snapshot", ruleset, "--data", data, "--units", "open", "--check", snapshot);
        Assert.True(same == 0, output + error);
        Assert.StartsWith("Same as", output, StringComparison.Ordinal);

        var changed = Write("changed.csv", "unit,a,b\n\"Trường \"\"Chu Văn An\"\" Hà Nội\",50,50\nTrường B,90,30\n");
        var (differs, diffOutput, _) = CliRunner.Run("snapshot", ruleset, "--data", changed, "--units", "open", "--check", snapshot);
        Assert.Equal(1, differs);
        Assert.Contains("Trường B", diffOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("is new", diffOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_diagnostics_of_one_code_are_capped_with_a_count()
    {
        var data = Write("many.csv", "unit,a,b\n" + string.Concat(Enumerable.Range(1, 60).Select(i => string.Create(CultureInfo.InvariantCulture, $"Xã Không Có {i},1,1\n"))));
        var (code, _, error) = CliRunner.Run("score", CommuneRuleset, "--data", data);
        Assert.Equal(1, code);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(50, lines.Count(l => l.Contains("error DR4006", StringComparison.Ordinal)));
        Assert.Equal("info DR4106: 10 more DR4006 diagnostic(s) are not shown (60 in all); the first ones show the pattern, and fixing their cause (often one wrong column, unit list or setting) usually clears the rest.", lines[^1]);
    }
}
