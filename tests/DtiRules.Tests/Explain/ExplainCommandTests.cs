using System.Globalization;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Explain;

public sealed class ExplainCommandTests
{
    private const string Unit = "Bắc Giang";

    private static string Explain(params string[] options)
    {
        var (code, output, error) = CliRunner.Run(["explain", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", Unit, .. options]);
        Assert.True(code == 0, error);
        return output;
    }

    private static JObject ExplainJson(params string[] options) => JObject.Parse(Explain([.. options, "--format", "json"]));

    private static string LineStartingWith(string text, string start) =>
        Assert.Single(text.Split('\n'), l => l.StartsWith(start, StringComparison.Ordinal));

    private static IEnumerable<JObject> Trace(JObject node) =>
        new[] { node }.Concat(node["children"]!.Cast<JObject>().SelectMany(Trace));

    [Fact]
    public void Shows_the_whole_path_from_the_index_to_the_inputs()
    {
        var result = SampleScores.Result;
        var ruleset = result.Ruleset;
        var u = SampleScores.UnitNamed(Unit);
        var text = Explain();

        var index = ruleset.Index!;
        var total = ruleset.Roots.Where(r => !r.IsUnscored).Sum(r => result.Points(r, u)!.Value);
        Assert.Contains(
            $"{SampleScores.Points(total)} of 1000 points, {SampleScores.Points(1000m - total)} left; value {SampleScores.Value(result.OutputValue(index, u))}; rank {result.Rank(index, u)} of 63",
            LineStartingWith(text, "dti \""),
            StringComparison.Ordinal);

        var main = ruleset.FindNode("nhan_thuc_so")!;
        Assert.Contains(
            $"\"{main.Label}\": {SampleScores.Points(result.Points(main, u))} of 100 points",
            LineStartingWith(text, "  nhan_thuc_so \""),
            StringComparison.Ordinal);

        var component = ruleset.FindNode("nt_07")!;
        Assert.Contains(
            $"\"{component.Label}\": {SampleScores.Points(result.Points(component, u))} of 10 points; value".Replace(" points;", $" points, {SampleScores.Points(10m - result.Points(component, u))} left;", StringComparison.Ordinal),
            LineStartingWith(text, "    nt_07 \""),
            StringComparison.Ordinal);

        var input = ruleset.Inputs.Single(i => i.Name == "nt_tin_bai_cds");
        Assert.Contains(
            $"input    nt_tin_bai_cds \"{input.Label}\" = {SampleScores.Points(result.InputValue(input, u))} {input.Unit}",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_statistic_is_the_max_of_the_sample_column()
    {
        var column = SampleScores.SampleColumn("nt_tin_bai_cds");
        var best = column.Max().ToString(CultureInfo.InvariantCulture);
        var cohort = column.Count == 63 ? "63 provinces" : $"{column.Count} of 63 provinces (the others have no value)";

        Assert.Contains($"cohort   relative_to_best(nt_tin_bai_cds): max over {cohort} = {best};", Explain(), StringComparison.Ordinal);

        var statistic = Trace((JObject)ExplainJson()["trace"]!).Single(n => (string)n["id"]! == "nt_07")["cohorts"]!.Single();
        Assert.Equal("relative_to_best", (string)statistic["function"]!);
        Assert.Equal(column.Max(), (decimal)statistic["statistics"]!["max"]!);
        Assert.Equal(column.Count, (int)statistic["unitsWithValue"]!);
    }

    [Fact]
    public void Points_left_is_max_minus_earned_for_every_node_and_numbers_match_the_result()
    {
        var result = SampleScores.Result;
        var u = SampleScores.UnitNamed(Unit);
        var nodes = Trace((JObject)ExplainJson()["trace"]!).ToList();

        Assert.All(nodes, n => Assert.Equal((decimal)n["maxPoints"]! - ((decimal?)n["points"] ?? 0m), (decimal)n["pointsLeft"]!));
        var scored = result.Ruleset.Nodes.Where(n => !n.IsUnscored).Select(n => n.Name).ToHashSet();
        Assert.Equal(scored.Order(StringComparer.Ordinal), nodes.Skip(1).Select(n => (string)n["id"]!).Order(StringComparer.Ordinal));
        Assert.All(nodes.Skip(1), n =>
        {
            var node = result.Ruleset.FindNode((string)n["id"]!)!;
            Assert.Equal(SampleScores.Points(result.Points(node, u)), SampleScores.Points((decimal?)n["points"]));
            Assert.Equal(result.NodeValue(node, u), (decimal?)n["value"]);
        });
    }

    [Fact]
    public void Every_formula_source_points_at_the_formula_in_2022_dti()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Ruleset2022);
        var json = ExplainJson();
        var entries = Trace((JObject)json["trace"]!).Concat(json["outputs"]!.Cast<JObject>()).ToList();

        Assert.All(entries, n =>
        {
            var source = n["source"]!;
            Assert.Equal(RepositoryPaths.Ruleset2022, (string)source["path"]!);
            var written = lines[(int)source["line"]! - 1][((int)source["column"]! - 1)..];
            var formula = (string)n["formula"]!;
            var expected = formula == "sum of children" ? (string)n["id"]! : formula.Split(' ', '(')[0];
            Assert.StartsWith(expected, written.TrimStart(), StringComparison.Ordinal);
        });
        Assert.Contains($"@ {RepositoryPaths.Ruleset2022}(", Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_one_shows_only_the_main_indices()
    {
        var ruleset = SampleScores.Result.Ruleset;
        var text = Explain("--depth", "1");

        Assert.All(ruleset.Roots.Where(r => !r.IsUnscored), r => LineStartingWith(text, $"  {r.Name} \""));
        Assert.All(ruleset.Nodes.Where(n => n.Parent is not null), n => Assert.DoesNotContain($"{n.Name} \"", text, StringComparison.Ordinal));
        Assert.DoesNotContain(text.Split('\n'), l => l.TrimStart().StartsWith("input ", StringComparison.Ordinal));
        Assert.Contains("more below, not shown", text, StringComparison.Ordinal);

        var main = ExplainJson("--depth", "1")["trace"]!["children"]!.Cast<JObject>().ToList();
        Assert.All(main, m =>
        {
            Assert.Empty(m["children"]!);
            Assert.Equal(ruleset.FindNode((string)m["id"]!)!.Children.Count, (int)m["childrenNotShown"]!);
        });
    }

    [Fact]
    public void Json_carries_the_numbers_the_text_shows()
    {
        var text = Explain();
        var nodes = Trace((JObject)ExplainJson()["trace"]!).ToList();

        Assert.All(nodes, n => Assert.Contains(
            $"{(string)n["id"]!} \"{(string)n["label"]!}\": {SampleScores.Points((decimal?)n["points"])} of {SampleScores.Points((decimal)n["maxPoints"]!)} points, {SampleScores.Points((decimal)n["pointsLeft"]!)} left; value {SampleScores.Value((decimal?)n["value"])}",
            text,
            StringComparison.Ordinal));
    }

    [Fact]
    public void Node_option_shows_that_subtree_only()
    {
        var json = ExplainJson("--node", "nhan_thuc_so");
        var ids = Trace((JObject)json["trace"]!).Select(n => (string)n["id"]!).ToList();
        var expected = SampleScores.Result.Ruleset.Nodes
            .Where(n => n.IsSelfOrDescendantOf(SampleScores.Result.Ruleset.FindNode("nhan_thuc_so")!))
            .Select(n => n.Name);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Empty((JArray)json["outputs"]!);
        var (_, text, _) = CliRunner.Run("explain", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", Unit, "--node", "nt_07");
        Assert.DoesNotContain("Outputs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_option_with_outputs_lists_the_outputs_with_ranks()
    {
        var result = SampleScores.Result;
        var u = SampleScores.UnitNamed(Unit);
        var json = ExplainJson("--node", "nt_07", "--outputs");

        Assert.Equal("nt_07", (string)json["trace"]!["id"]!);
        Assert.All(result.Ruleset.RankedOutputs, o => Assert.Equal(
            result.Rank(o, u),
            (int)json["outputs"]!.Single(j => (string)j["id"]! == o.Name)["rank"]!));
        Assert.Equal("Bắc Giang", (string)json["unit"]!["name"]!);
    }

    [Fact]
    public void Output_does_not_depend_on_the_culture()
    {
        string[] args = ["explain", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "bac giang"];
        Assert.Equal(CliRunner.Run(args).Out, CliRunner.RunUnder("vi-VN", args).Out);
        Assert.Equal(Explain(), CliRunner.RunUnder("de-DE", args).Out);
    }

    [Fact]
    public void Unknown_unit_is_an_error_with_suggestions()
    {
        var (code, output, error) = CliRunner.Run("explain", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "Bac Gian");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("DR4006", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Bắc Giang'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_node_is_an_error_with_suggestions()
    {
        var (code, output, error) = CliRunner.Run("explain", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", Unit, "--node", "nt_7");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("DR4111", error, StringComparison.Ordinal);
        Assert.Contains("'nt_07'", error, StringComparison.Ordinal);
    }
}
