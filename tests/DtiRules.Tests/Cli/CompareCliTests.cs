using System.Globalization;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Cli;

public sealed class CompareCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-compare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The sample with more steering-committee meetings everywhere and without its last unit: a "new year".</summary>
    private string NewYearData()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Sample2022).Where(l => !l.StartsWith('#')).ToList();
        var column = Array.IndexOf(lines[0].Split(','), "nt_so_cuoc_hop");
        Assert.True(column > 0);
        var rows = lines.Skip(1).SkipLast(1).Select(l =>
        {
            var cells = l.Split(',');
            cells[column] = cells[column].Length == 0 ? cells[column] : (int.Parse(cells[column], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            return string.Join(',', cells);
        });
        return Write("new.csv", string.Join('\n', rows.Prepend(lines[0])) + "\n");
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Compare(string a, string b, string oldData, string newData, string order, out string notes)
    {
        var (code, output, error) = CliRunner.Run("compare", "--rulesets", a, b, "--data", oldData, newData, "--order", order, "--format", "csv");
        Assert.True(code == 0, error);
        notes = error;
        return CsvRows.Parse(output);
    }

    private static Dictionary<string, decimal> Dti(string ruleset, string data)
    {
        var (code, output, error) = CliRunner.Run("score", ruleset, "--data", data, "--format", "csv");
        Assert.True(code == 0, error);
        return CsvRows.Parse(output).ToDictionary(r => r["code"], r => CsvRows.Number(r["dti"]));
    }

    [Fact]
    public void The_same_rules_on_the_same_data_change_nothing()
    {
        var rows = Compare(RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022, RepositoryPaths.Sample2022, RepositoryPaths.Sample2022, "data-first", out _);
        Assert.Equal(63, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(0m, CsvRows.Number(r["change"]));
            Assert.Equal(0m, CsvRows.Number(r["data_effect"]));
            Assert.Equal(0m, CsvRows.Number(r["methodology_effect"]));
            Assert.Equal("0", r["components_up"]);
            Assert.Equal("0", r["components_down"]);
            Assert.Equal(r["old_rank"], r["new_rank"]);
        });
    }

    [Theory]
    [InlineData("data-first")]
    [InlineData("rules-first")]
    public void The_effects_are_the_stated_differences_and_add_up_to_the_change(string order)
    {
        var a = RepositoryPaths.Ruleset2022;
        var b = Write("2023.dti", EditionVariants.StricterMeetings(2023));
        var oldData = RepositoryPaths.Sample2022;
        var newData = NewYearData();
        var rows = Compare(a, b, oldData, newData, order, out var notes);
        var (aOld, aNew, bOld, bNew) = (Dti(a, oldData), Dti(a, newData), Dti(b, oldData), Dti(b, newData));

        Assert.Equal(62, rows.Count);
        Assert.Contains("Only in OLD, not compared:", notes, StringComparison.Ordinal);
        Assert.Contains($"note: Order {order}", notes, StringComparison.Ordinal);
        foreach (var row in rows)
        {
            var code = row["code"];
            var (change, data, methodology) = (CsvRows.Number(row["change"]), CsvRows.Number(row["data_effect"]), CsvRows.Number(row["methodology_effect"]));
            Assert.Equal(bNew[code] - aOld[code], change);
            Assert.Equal(change, data + methodology);
            Assert.Equal(order == "data-first" ? aNew[code] - aOld[code] : bNew[code] - bOld[code], data);
            Assert.Equal(order, row["order"]);
        }

        Assert.Contains(rows, r => CsvRows.Number(r["data_effect"]) != 0m);
        Assert.Contains(rows, r => CsvRows.Number(r["methodology_effect"]) != 0m);
    }

    [Fact]
    public void Components_that_rose_and_fell_are_counted()
    {
        var rows = Compare(RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022, RepositoryPaths.Sample2022, NewYearData(), "data-first", out _);

        // One more meeting can only raise the meeting tier, and nothing else changed.
        Assert.All(rows, r => Assert.Equal("0", r["components_down"]));
        Assert.All(rows, r => Assert.InRange(CsvRows.Integer(r["components_up"]), 0, 1));
        Assert.Contains(rows, r => r["components_up"] == "1");
    }

    [Fact]
    public void Json_states_the_order()
    {
        var (code, output, error) = CliRunner.Run(
            "compare", "--rulesets", RepositoryPaths.Ruleset2022, RepositoryPaths.Ruleset2022,
            "--data", RepositoryPaths.Sample2022, RepositoryPaths.Sample2022, "--order", "rules-first", "--format", "json");
        Assert.True(code == 0, error);
        var document = JObject.Parse(output);
        Assert.Equal("rules-first", (string?)document["order"]);
        Assert.Equal(63, ((JArray)document["units"]!).Count);
    }
}
