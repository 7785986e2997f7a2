using DtiRules.Data.Reports;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Diff;

public sealed class DiffCommandTests : IDisposable
{
    private const string From = MiniRuleset.Header + """

        input x: percent "X"
        input y: percent "Y"
        node alpha "Alpha" max 60 {
          documented "alpha"
          node a1 "A một" max 40 {
            assumed "r1"
            score = x / 100 * 40
          }
          node a2 "A hai" max 20 {
            assumed "r2"
            score = y / 100 * 20
          }
        }
        node beta "Beta" max 40 {
          documented "beta"
          node b1 "B một" max 40 {
            assumed "r3"
            score = y / 100 * 40
          }
        }

        """ + MiniRuleset.Index;

    /// <summary>Moves 20 points from x to y: a1 loses half its weight to a new component scored on y.</summary>
    private static readonly string To = From
        .Replace("node a1 \"A một\" max 40", "node a1 \"A một\" max 20", StringComparison.Ordinal)
        .Replace("score = x / 100 * 40", "score = x / 100 * 20\n  }\n  node a3 \"A ba\" max 20 {\n    assumed \"r4\"\n    score = y / 100 * 20", StringComparison.Ordinal);

    private const string Data = "unit,x,y\nHà Nội,100,30\nĐà Nẵng,50,50\nCần Thơ,10,70\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (string From, string To, string Data) WritePair() => (Write("from.dti", From), Write("to.dti", To), Write("data.csv", Data));

    [Fact]
    public void Diff_of_2022_with_itself_is_empty()
    {
        var (code, output, error) = CliRunner.Run("diff", RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022, "--format", "json");
        Assert.True(code == 0, error);
        Assert.Empty((JArray)JObject.Parse(output)["changes"]!);
    }

    [Fact]
    public void Data_scored_under_the_same_edition_twice_has_no_effect_and_the_ranks_of_dti_score()
    {
        var (code, output, error) = CliRunner.Run(
            "diff", RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "json");
        Assert.True(code == 0, error);
        var units = (JArray)JObject.Parse(output)["effect"]!["units"]!;
        Assert.Equal(63, units.Count);
        Assert.All(units, u => Assert.Equal(0m, (decimal)u["valueChange"]!));
        Assert.All(units, u => Assert.Equal(0, (int)u["rankChange"]!));
        Assert.Equal(ScoredRanks(RepositoryPaths.Ruleset2022, RepositoryPaths.Sample2022), Ranks(units, "newRank"));
    }

    [Fact]
    public void Effect_ranks_are_the_ranks_each_edition_gives_on_its_own()
    {
        var (from, to, data) = WritePair();
        var (code, output, error) = CliRunner.Run("diff", from, to, "--data", data, "--format", "json");
        Assert.True(code == 0, error);
        var units = (JArray)JObject.Parse(output)["effect"]!["units"]!;
        Assert.Equal(ScoredRanks(from, data), Ranks(units, "oldRank"));
        Assert.Equal(ScoredRanks(to, data), Ranks(units, "newRank"));
        Assert.Contains(units, u => (int)u["rankChange"]! != 0);
        Assert.All(units, u => Assert.Equal((int)u["oldRank"]! - (int)u["newRank"]!, (int)u["rankChange"]!));
        Assert.All(units, u => Assert.Equal((decimal)u["newValue"]! - (decimal)u["oldValue"]!, (decimal)u["valueChange"]!));
    }

    [Fact]
    public void Table_lists_the_changes_then_the_effect_per_unit()
    {
        var (from, to, data) = WritePair();
        var (code, output, error) = CliRunner.Run("diff", from, to, "--data", data);
        Assert.True(code == 0, error);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", "diff-mini.table.txt"));
    }

    [Fact]
    public void Csv_has_one_row_per_change_and_the_effect_goes_to_its_own_file()
    {
        var (from, to, data) = WritePair();
        var effectPath = Path.Combine(_folder, "effect.csv");
        var (code, output, error) = CliRunner.Run("diff", from, to, "--data", data, "--format", "csv", "--effect-out", effectPath);
        Assert.True(code == 0, error);
        var (_, json, _) = CliRunner.Run("diff", from, to, "--format", "json");
        var changes = (JArray)JObject.Parse(json)["changes"]!;
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(",", MethodologyDiffCsvWriter.ChangeColumns), lines[0]);
        Assert.Equal(changes.Select(c => (string)c["kind"]!), lines.Skip(1).Select(l => l.Split(',')[0]));

        var effect = File.ReadAllText(effectPath).TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(",", MethodologyDiffCsvWriter.EffectColumns), effect[0]);
        Assert.Equal(Data.TrimEnd('\n').Split('\n').Length, effect.Length);
    }

    [Fact]
    public void Csv_with_data_but_without_an_effect_file_is_refused()
    {
        var (from, to, data) = WritePair();
        var (code, _, error) = CliRunner.Run("diff", from, to, "--data", data, "--format", "csv");
        Assert.NotEqual(0, code);
        Assert.Contains("--effect-out", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_effect_file_without_data_is_refused()
    {
        var (from, to, _) = WritePair();
        var (code, _, error) = CliRunner.Run("diff", from, to, "--effect-out", Path.Combine(_folder, "effect.csv"));
        Assert.NotEqual(0, code);
        Assert.Contains("--data", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_diff_to_a_file()
    {
        var (from, to, _) = WritePair();
        var path = Path.Combine(_folder, "diff.json");
        var (code, output, error) = CliRunner.Run("diff", from, to, "--format", "json", "--out", path);
        Assert.True(code == 0, error);
        Assert.Empty(output);
        var document = JObject.Parse(File.ReadAllText(path));
        Assert.Contains((JArray)document["changes"]!, c => (string)c["kind"]! == "node-added" && (string)c["id"]! == "a3");
        Assert.Equal(JTokenType.Null, document["effect"]!.Type);
    }

    [Fact]
    public void A_ruleset_with_errors_is_reported_and_nothing_is_compared()
    {
        var from = Write("from.dti", From);
        var broken = Write("broken.dti", From.Replace("max 60", "max 70", StringComparison.Ordinal));
        var (code, output, error) = CliRunner.Run("diff", from, broken);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("broken.dti(", error, StringComparison.Ordinal);
    }

    /// <summary>Unit name to rank, as <c>dti score</c> ranks the data under one edition.</summary>
    private static Dictionary<string, int> ScoredRanks(string ruleset, string data)
    {
        var (code, output, error) = CliRunner.Run("score", ruleset, "--data", data, "--format", "json");
        Assert.True(code == 0, error);
        return ((JArray)JObject.Parse(output)["units"]!).ToDictionary(u => (string)u["unit"]!, u => (int)u["rank"]!);
    }

    private static Dictionary<string, int> Ranks(JArray units, string property) =>
        units.ToDictionary(u => (string)u["unit"]!, u => (int)u[property]!);
}
