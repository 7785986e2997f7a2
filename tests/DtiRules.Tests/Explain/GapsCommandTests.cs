using DtiRules.Tests.Cli;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Explain;

public sealed class GapsCommandTests
{
    private const int TargetRank = 10;

    private static (int Code, string Out, string Error) Gaps(string unit, params string[] options) =>
        CliRunner.Run(["gaps", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", unit, .. options]);

    private static JObject GapsJson(string unit, params string[] options)
    {
        var (code, output, error) = Gaps(unit, [.. options, "--format", "json"]);
        Assert.True(code == 0, error);
        return JObject.Parse(output);
    }

    /// <summary>The ranking as <c>dti score</c> prints it: unit, index value and rank, best first.</summary>
    private static IReadOnlyList<(string Unit, decimal Value, int Rank)> Ranking()
    {
        var (code, output, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv");
        Assert.True(code == 0, error);
        return [.. CsvRows.Parse(output).Select(r => (r["unit"], CsvRows.Number(r["dti"]), CsvRows.Integer(r["rank"])))];
    }

    [Fact]
    public void Components_are_sorted_by_points_left_and_add_up_to_what_the_unit_lost()
    {
        var ruleset = SampleScores.Result.Ruleset;
        var json = GapsJson("Hà Nội");
        var components = json["components"]!.Cast<JObject>().ToList();
        var left = components.Select(c => (decimal)c["pointsLeft"]!).ToList();

        Assert.Equal(left.OrderDescending(), left);
        Assert.All(left, l => Assert.True(l > 0m));
        Assert.All(components, c =>
        {
            Assert.Equal((decimal)c["maxPoints"]! - (decimal)c["points"]!, (decimal)c["pointsLeft"]!);
            Assert.InRange((decimal)c["shareOfScale"]! - ((decimal)c["pointsLeft"]! / 1000m), -0.000001m, 0.000001m);
        });
        Assert.Equal(ruleset.Nodes.Count(n => n.IsLeaf && !n.IsUnscored), components.Count + (int)json["componentsAtFullPoints"]!);
        Assert.Equal((decimal)json["scale"]! - (decimal)json["points"]!, (decimal)json["pointsLeft"]!);
        Assert.InRange(left.Sum() - (decimal)json["pointsLeft"]!, -0.00005m * left.Count, 0.00005m * left.Count);
    }

    [Fact]
    public void Target_rank_needs_the_value_of_the_unit_at_that_rank()
    {
        var ranking = Ranking();
        var unit = ranking.First(r => r.Rank > 2 * TargetRank);
        var others = ranking.Where(r => r.Unit != unit.Unit).Select(r => r.Value).OrderDescending().ToList();
        var valueNeeded = others[TargetRank - 1];

        var json = GapsJson(unit.Unit, "--target-rank", TargetRank.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var target = json["target"]!;

        Assert.Equal(unit.Rank, (int)json["rank"]!);
        Assert.Equal(unit.Value, (decimal)json["value"]!);
        Assert.False((bool)target["reached"]!);
        Assert.Equal(valueNeeded, (decimal)target["valueNeeded"]!);
        Assert.Equal(valueNeeded, ranking.Single(r => r.Unit == (string)target["unitAtTarget"]!["name"]!).Value);

        // Competition ranking on the published value: the needed value ties into the target rank, one step less does not.
        Assert.True(1 + others.Count(v => v > valueNeeded) <= TargetRank);
        Assert.True(1 + others.Count(v => v > valueNeeded - 0.0001m) > TargetRank);

        var pointsNeeded = (decimal)target["pointsNeeded"]!;
        Assert.Equal((valueNeeded - 0.00005m) * 1000m, pointsNeeded);
        Assert.Equal(valueNeeded, Math.Round(pointsNeeded / 1000m, 4, MidpointRounding.AwayFromZero));
        Assert.True(Math.Round((pointsNeeded - 0.0001m) / 1000m, 4, MidpointRounding.AwayFromZero) < valueNeeded);
        var gap = (decimal)target["gap"]!;
        Assert.InRange(gap - (pointsNeeded - (decimal)json["points"]!), -0.0001m, 0.0001m);

        var suppliers = target["suppliers"]!.Cast<JObject>().ToList();
        var components = json["components"]!.Cast<JObject>().ToList();
        Assert.Equal(components.Take(suppliers.Count).Select(c => (string)c["id"]!), suppliers.Select(s => (string)s["id"]!));
        var cumulative = suppliers.Select((s, i) => suppliers.Take(i + 1).Sum(x => (decimal)x["pointsLeft"]!)).ToList();
        Assert.All(suppliers.Zip(cumulative), p => Assert.InRange((decimal)p.First["cumulative"]! - p.Second, -0.0005m, 0.0005m));
        Assert.True((decimal)suppliers[^1]["cumulative"]! >= gap);
        Assert.True(suppliers.Count == 1 || (decimal)suppliers[^2]["cumulative"]! < gap);
        Assert.True((bool)target["covered"]!);
    }

    [Fact]
    public void Text_names_the_points_needed_and_the_components()
    {
        var ranking = Ranking();
        var unit = ranking.First(r => r.Rank > 2 * TargetRank);
        var (code, output, error) = Gaps(unit.Unit, "--target-rank", "10");

        Assert.True(code == 0, error);
        Assert.Contains($"{unit.Unit} (code ", output, StringComparison.Ordinal);
        Assert.Contains("Target rank 10: ", output, StringComparison.Ordinal);
        Assert.Contains("more than now.", output, StringComparison.Ordinal);
        Assert.Contains("enough for the gap.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_at_or_above_the_target_is_told_so()
    {
        var leader = Ranking().First(r => r.Rank == 1);
        var (code, output, _) = Gaps(leader.Unit, "--target-rank", "5");

        Assert.Equal(0, code);
        Assert.Contains($"Target rank 5: {leader.Unit} is at rank 1, already at or above it.", output, StringComparison.Ordinal);
        var target = GapsJson(leader.Unit, "--target-rank", "5")["target"]!;
        Assert.True((bool)target["reached"]!);
        Assert.Empty(target["suppliers"]!);
    }

    [Fact]
    public void Unknown_unit_is_an_error_with_suggestions()
    {
        var (code, output, error) = Gaps("Ha Nol");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("DR4006", error, StringComparison.Ordinal);
        Assert.Contains("'Hà Nội'", error, StringComparison.Ordinal);
    }
}
