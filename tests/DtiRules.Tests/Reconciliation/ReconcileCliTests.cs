using System.Globalization;
using System.Text;
using DtiRules.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Reconciliation;

public sealed class ReconcileCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("dti-reconcile-").FullName;
    private readonly string _ruleset;

    public ReconcileCliTests()
    {
        _ruleset = Path.Combine(_temp, "xa.dti");
        var (code, _, error) = CliRunner.Run("import", CriteriaSample.Csv, "--out", _ruleset);
        Assert.True(code == 0, error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private static List<Dictionary<string, string>> ParseCsv(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private (int Code, string Out, string Error) Reconcile(string data, params string[] extra) =>
        CliRunner.Run(["reconcile", _ruleset, "--data", data, .. extra]);

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void The_sample_sheet_reconciles_totals_groups_and_criteria_with_their_notes(string extension)
    {
        var data = extension == "csv" ? CriteriaSample.Csv : CriteriaSample.Xlsx;
        var criteria = CriteriaSample.Criteria();

        var (code, output, error) = Reconcile(data, "--format", "csv");

        Assert.True(code == 0, error);
        var rows = ParseCsv(output);
        Assert.Equal(
            ["level", "id", "code", "label", "max", "self", "appraised", "difference", "value_effect", "Trạng thái", "Người phụ trách", "Thời hạn", "Minh chứng"],
            rows[0].Keys);
        var index = rows.Single(r => r["level"] == "index");
        var (self, appraised) = (criteria.Sum(c => c.Self), criteria.Sum(c => c.Appraised));
        Assert.Equal(self, Number(index["self"]));
        Assert.Equal(appraised, Number(index["appraised"]));
        Assert.Equal(appraised - self, Number(index["difference"]));
        Assert.Equal(Math.Round(appraised / 100, 4) - Math.Round(self / 100, 4), Number(index["value_effect"]));

        // Groups: ten criteria each, in sheet order.
        var groups = rows.Where(r => r["level"] == "group").ToList();
        Assert.Equal(6, groups.Count);
        for (var g = 0; g < 6; g++)
        {
            var members = criteria.Skip(g * 10).Take(10).ToList();
            Assert.Equal(members.Sum(c => c.Appraised) - members.Sum(c => c.Self), Number(groups[g]["difference"]));
        }

        // Criteria: every one, the largest gap first, each with its notes as written (line breaks kept).
        var lines = rows.Where(r => r["level"] == "criterion").ToList();
        Assert.Equal(60, lines.Count);
        var gaps = lines.Select(r => Math.Abs(Number(r["difference"]))).ToList();
        Assert.Equal(gaps.OrderByDescending(g => g), gaps);
        foreach (var criterion in criteria)
        {
            var line = lines.Single(r => r["code"] == criterion.Code);
            Assert.Equal(criterion.Appraised - criterion.Self, Number(line["difference"]));
            Assert.Equal((criterion.Appraised - criterion.Self) / 100, Number(line["value_effect"]));
            Assert.Equal<string>(criterion.Notes, [line["Trạng thái"], line["Người phụ trách"], line["Thời hạn"], line["Minh chứng"]]);
        }

        Assert.Contains(lines, l => l["Minh chứng"].Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_aligns_notes_left_and_points_right()
    {
        var criteria = CriteriaSample.Criteria();

        var (code, output, error) = Reconcile(CriteriaSample.Csv, "--lang", "en", "--decimal", "comma");

        Assert.True(code == 0, error);
        var printed = output.Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Trim().Trim('│').Split('│')).ToList();
        var header = printed[0].Select(h => h.Trim()).ToList();
        var (status, max) = (header.IndexOf("Trạng thái"), header.IndexOf("Max points"));
        var rows = printed.Skip(1).Where(r => r[header.IndexOf("Code")].Trim().Length > 0).ToList();
        Assert.Equal(criteria.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(" " + r[status].Trim(), r[status].TrimEnd()));
        Assert.All(rows, r => Assert.Equal(r[max].Trim() + " ", r[max].TrimStart()));
        Assert.Contains(rows, r => r[status].Trim().Length > 0 && r[status].Trim().Length + 2 < r[status].Length);
        Assert.Contains(rows, r => r[max].Trim().Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_and_json_give_the_counts_and_a_summary()
    {
        var criteria = CriteriaSample.Criteria();
        var differing = criteria.Count(c => c.Self != c.Appraised);
        var lost = criteria.Where(c => c.Appraised < c.Self).Sum(c => c.Self - c.Appraised);
        var gained = criteria.Where(c => c.Appraised > c.Self).Sum(c => c.Appraised - c.Self);

        var (code, output, error) = Reconcile(CriteriaSample.Csv, "--format", "json", "--unit", "Xã Hòa Bình");

        Assert.True(code == 0, error);
        var unit = (JObject)JObject.Parse(output)["units"]![0]!;
        Assert.Equal("Xã Hòa Bình", (string?)unit["unit"]!["name"]);
        Assert.Equal(differing, (int)unit["criteriaDiffering"]!);
        Assert.Equal(lost, (decimal)unit["pointsLost"]!);
        Assert.Equal(gained, (decimal)unit["pointsGained"]!);
        Assert.Contains($"{differing} of 60 criteria differ", (string)unit["summary"]!, StringComparison.Ordinal);

        var table = Reconcile(CriteriaSample.Csv, "--unit", "Xã Hòa Bình");
        Assert.Equal(0, table.Code);
        Assert.Contains($"{differing} of 60 criteria differ", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_data_with_several_units_ranks_them_by_their_gaps_and_gives_rank_shifts()
    {
        // Three communes, self then appraised; all other criteria empty in both rounds, so they count as 0 with a warning.
        var data = Write("rounds.csv", """
            unit,round,field,value,Minh chứng
            Xã A,self,1.1,1.5,
            Xã A,appraised,1.1,0.5,"QĐ 1
            thiếu chữ ký"
            Xã B,self,1.1,1,
            Xã B,appraised,1.1,1,
            Xã C,self,1.1,0.5,
            Xã C,appraised,1.1,1.5,
            Xã C,self,3.3,0,
            Xã C,appraised,3.3,3,
            """);

        var (code, output, error) = Reconcile(data, "--format", "csv");

        Assert.True(code == 0, error);
        var rows = ParseCsv(output);
        Assert.Equal("unit", rows[0].Keys.First());
        Assert.Equal(["Xã A", "Xã B", "Xã C"], rows.Where(r => r["level"] == "index").Select(r => r["unit"]));
        var a = rows.Single(r => r["unit"] == "Xã A" && r["code"] == "1.1");
        Assert.Equal("-1", a["difference"]);
        Assert.Equal("QĐ 1\nthiếu chữ ký", a["Minh chứng"]);

        var json = JObject.Parse(Reconcile(data, "--format", "json").Out);
        // Gaps: C gained 4, A lost 1, B none. Ranks by index: self C 0.5 < B 1 < A 1.5; appraised C 4.5 > B 1 > A 0.5.
        Assert.Equal(["Xã C", "Xã A", "Xã B"], json["unitsByGap"]!.Select(t => (string)t!));
        var c = json["units"]!.Single(u => (string?)u["unit"]!["name"] == "Xã C")!;
        Assert.Equal([3, 1], c["ranks"]!.Select(t => (int)t!));
        Assert.Equal(2, (int)c["rankShift"]!);
        Assert.Contains("rounds.csv(2,1): warning DR4321: 59 criteria of the ruleset have no points in the round 'self' (c_1_2, c_1_3, c_1_4, c_1_5, c_1_6, …)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_has_the_lines_the_differing_criteria_and_the_units()
    {
        var output = Path.Combine(_temp, "reconcile.xlsx");
        var differing = CriteriaSample.Criteria().Count(c => c.Self != c.Appraised);

        var (code, _, error) = CliRunner.Run("--lang", "en", "reconcile", _ruleset, "--data", CriteriaSample.Csv, "--out", output);

        Assert.True(code == 0, error);
        var book = DtiRules.Tests.Reports.WorkbookReader.Open(output);
        Assert.Equal(["Reconciliation", "Differing criteria", "Units", "Notes"], book.Sheets.Select(s => s.Name));
        Assert.Equal(1 + 6 + 60, book["Reconciliation"].Records.Count);
        Assert.Equal(differing, book["Differing criteria"].Records.Count);
        Assert.Equal(["Level", "Id", "Code", "Label", "Max points", "Self-assessment", "Appraisal", "Difference"], book["Reconciliation"].Header.Take(8));
    }

    [Fact]
    public void The_report_of_data_with_rounds_has_a_section_with_both_values_and_the_largest_gaps_with_their_evidence()
    {
        var criteria = CriteriaSample.Criteria();
        var largest = criteria.OrderByDescending(c => Math.Abs(c.Appraised - c.Self)).First();
        var output = Path.Combine(_temp, "report.html");

        var (code, _, error) = CliRunner.Run("--lang", "en", "report", _ruleset, "--data", CriteriaSample.Csv, "--rounds", "--out", output);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(output);
        var section = html[html.IndexOf("<section id=\"reconciliation\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains($"<strong>Self-assessment</strong> {Math.Round(criteria.Sum(c => c.Self) / 100, 4).ToString("F4", CultureInfo.InvariantCulture)}", section, StringComparison.Ordinal);
        Assert.Contains($"<strong>Appraisal</strong> {Math.Round(criteria.Sum(c => c.Appraised) / 100, 4).ToString("F4", CultureInfo.InvariantCulture)}", section, StringComparison.Ordinal);
        Assert.Contains(largest.Notes[3].Split('\n')[0], section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text\" style=\"white-space: pre-line\">", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_of_data_with_rounds_warns_of_an_open_unit_list_once()
    {
        var output = Path.Combine(_temp, "report.html");

        var (code, _, error) = CliRunner.Run("report", _ruleset, "--data", CriteriaSample.Csv, "--rounds", "--out", output, "--units", "open");

        Assert.True(code == 0, error);
        Assert.Single(error.Split('\n'), line => line.Contains("DR4061", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_scores_one_round()
    {
        var self = CriteriaSample.Criteria().Sum(c => c.Self);

        var (code, output, error) = CliRunner.Run("score", _ruleset, "--data", CriteriaSample.Csv, "--round", "self", "--format", "csv");

        Assert.True(code == 0, error);
        var row = ParseCsv(output).Single();
        Assert.Equal(Math.Round(self / 100, 4), Number(row["dti"]));
        Assert.Contains("error DR4319", CliRunner.Run("score", _ruleset, "--data", CriteriaSample.Csv, "--round", "official").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mã,Tiêu chí,Điểm tối đa,Tự đánh giá,Thẩm định\n9.9,X,1,1,1\n", "(2,1): error DR4312")]
    [InlineData("Mã,Tiêu chí,Điểm tối đa,Tự đánh giá,Thẩm định\n1.1,X,1.5,2,1\n", "(2,4): error DR4313")]
    [InlineData("Mã,Tiêu chí,Điểm tối đa,Tự đánh giá,Thẩm định\n1.1,X,1.5,đạt,1\n", "(2,4): error DR4314")]
    [InlineData("Mã,Tiêu chí,Điểm tối đa,Tự chấm,Tự đánh giá\n1.1,X,1.5,1,1\n", "(1,5): error DR4315")]
    [InlineData("unit,round,field,value\nXã A,self,1.1,1\nXã A,appraised,1.1,1\nXã B,self,1.1,1\n", "(4,1): error DR4316")]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1.1,X,1.5\n", ": error DR4318")]
    [InlineData("Mã,Tiêu chí,Điểm tối đa,Tự đánh giá,Kết quả\n1.1,X,1.5,1,1\n", "__ok__")]
    public void Bad_rounds_are_positioned_errors(string sheet, string expected)
    {
        var data = Write("xa.csv", sheet);

        var (code, _, error) = Reconcile(data, "--format", "csv");

        if (expected == "__ok__")
        {
            Assert.True(code == 0, error);
            return;
        }

        Assert.Equal(1, code);
        Assert.Contains("xa.csv" + expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unit,round,field,value\nXã A,self,1.1,1\nXã A,appraised,1.1,0.5\n")]
    [InlineData("unit,round,field,value\nXã A,self,1.1,1\nXã A,appraised,1.1,0.5\nXã B,self,1.1,1\nXã B,appraised,1.1,1\n")]
    public void A_unit_the_rounds_lack_is_an_error_not_another_unit_s_block(string rounds)
    {
        var data = Write("xa.csv", rounds);

        var (code, output, error) = Reconcile(data, "--format", "csv", "--unit", "Xã Z");

        Assert.Equal(1, code);
        Assert.Contains("xa.csv: error DR4320", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.True(Reconcile(data, "--format", "csv", "--unit", "xa a").Code == 0);
    }

    [Fact]
    public void An_empty_points_cell_is_flagged_and_never_silently_zero()
    {
        var data = Write("xa.csv", "Mã,Tiêu chí,Điểm tối đa,Tự đánh giá,Thẩm định\n1.1,X,1.5,1,1\n1.2,Y,1.5,1,\n");

        var (code, output, error) = Reconcile(data, "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("xa.csv(3,5): warning DR4317", error, StringComparison.Ordinal);
        var line = ParseCsv(output).Single(r => r["code"] == "1.2");
        Assert.Equal("1", line["self"]);
        Assert.Equal("0", line["appraised"]);
    }

    [Fact]
    public void Rounds_can_be_named_and_an_unknown_round_is_an_error()
    {
        var data = Write("xa.csv", "Mã,Tiêu chí,Điểm tối đa,Điểm xã chấm,Điểm huyện chấm\n1.1,X,1.5,1,0.5\n");

        var named = Reconcile(data, "--format", "csv", "--round-column", "Điểm xã chấm=self", "--round-column", "Điểm huyện chấm=appraised");
        var unknown = Reconcile(data, "--rounds", "self,official", "--round-column", "Điểm xã chấm=self", "--round-column", "Điểm huyện chấm=appraised");

        Assert.True(named.Code == 0, named.Error);
        Assert.Equal("-0.5", ParseCsv(named.Out).Single(r => r["code"] == "1.1")["difference"]);
        Assert.Contains("error DR4319", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, Reconcile(data, "--round-column", "nonsense").Code);
    }

    [Fact]
    public void Output_is_the_same_under_any_culture()
    {
        var invariant = CliRunner.RunUnder("en-US", "reconcile", _ruleset, "--data", CriteriaSample.Csv, "--format", "csv");
        var vietnamese = CliRunner.RunUnder("vi-VN", "reconcile", _ruleset, "--data", CriteriaSample.Csv, "--format", "csv");

        Assert.Equal(invariant.Out, vietnamese.Out);
    }
}
