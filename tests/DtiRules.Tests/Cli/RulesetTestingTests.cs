using System.Xml.Linq;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Cli;

public sealed class RulesetTestingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-testing-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A copy of the 2022 edition with one weight of its level table changed: the chair now earns 2 of nt_01's 10 points.</summary>
    private string BrokenWeight()
    {
        var text = File.ReadAllText(RepositoryPaths.Ruleset2022);
        const string Written = "score = levels nt_truong_ban { chair: 10, deputy: 5, none: 0 }";
        Assert.Contains(Written, text, StringComparison.Ordinal);
        var path = Path.Combine(_folder, "2022.dti");
        File.WriteAllText(path, text.Replace(Written, Written.Replace("chair: 10", "chair: 2", StringComparison.Ordinal), StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void Every_shipped_ruleset_carries_tests_and_they_pass()
    {
        var (code, output, _) = CliRunner.Run("test", RepositoryPaths.Combine("rulesets"));
        Assert.Equal(0, code);
        var rulesets = Directory.GetFiles(RepositoryPaths.Combine("rulesets"), "*.dti", SearchOption.AllDirectories);
        Assert.All(rulesets, r => Assert.Contains($"PASS {r}(", output, StringComparison.Ordinal));
        var passed = output.Split('\n').Count(l => l.StartsWith("PASS ", StringComparison.Ordinal));
        Assert.EndsWith($"{passed} passed, 0 failed\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_weight_fails_with_the_expected_and_actual_values_at_the_expectation()
    {
        var path = BrokenWeight();
        var junit = Path.Combine(_folder, "junit.xml");
        var (code, output, _) = CliRunner.Run("test", path, "--junit", junit);
        Assert.Equal(1, code);
        var text = File.ReadAllText(path);
        var (line, column) = Compile.PositionOf(text, "expect \"Hà Nội\" points(nt_01) == 10");
        Assert.Contains($"{path}({line},{column}): expected points(nt_01) of Hà Nội == 10, got 2", output, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 1 failed\n", output, StringComparison.Ordinal);
        var failures = XDocument.Load(junit).Descendants("failure").ToList();
        Assert.Single(failures);
        Assert.Contains("got 2", failures[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_blocks_are_checked_like_the_rest_of_the_ruleset()
    {
        var text = Language.MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }") + """
            test "checked" {
              unit "Hà Nội" { pp: 50 }
              expect "Hà Nội" points(tt) == 50
              expect "Hà Nội" rank(t) == 1
            }
            """;
        var codes = Compile.Positions(Compile.Text(text).Diagnostics);
        Assert.Equal(
            [("DR1001", Compile.PositionOf(text, "pp").Line, Compile.PositionOf(text, "pp").Column),
             ("DR1001", Compile.PositionOf(text, "tt)").Line, Compile.PositionOf(text, "tt)").Column),
             ("DR2019", Compile.PositionOf(text, "t) == 1").Line, Compile.PositionOf(text, "t) == 1").Column)],
            codes);
    }

    [Fact]
    public void Data_problems_in_a_test_point_into_the_ruleset()
    {
        var text = Language.MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }") + """
            test "bad data" {
              unit "Hà Nội" { p: 150 }
              unit "Hanoi City" { p: 1 }
              expect "Hà Nội" points(t) == 50
            }
            """;
        var path = Path.Combine(_folder, "bad.dti");
        File.WriteAllText(path, text);
        var (code, output, _) = CliRunner.Run("test", path);
        Assert.Equal(1, code);
        var value = Compile.PositionOf(text, "p: 150");
        Assert.Contains($"{path}({value.Line},{value.Column}): error DR4009", output, StringComparison.Ordinal);
        Assert.Contains("DR4006", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_weight_fails_the_snapshot_check_with_a_readable_rank_diff()
    {
        var stored = RepositoryPaths.Combine("rulesets", "dti-province", "snapshots", "2022.snapshot");
        var same = CliRunner.Run("snapshot", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--check", stored);
        Assert.Equal(0, same.ExitCode);

        var (code, output, error) = CliRunner.Run("snapshot", BrokenWeight(), "--data", RepositoryPaths.Sample2022, "--check", stored);
        Assert.Equal(1, code);
        Assert.Matches(@"\n  \S.* \d+ → \d+ \([+−]\d+\), DTI 0\.\d{4} → 0\.\d{4}\n", output);
        Assert.Contains("DR4104", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_are_stable_and_tolerances_accept_small_moves()
    {
        var first = Path.Combine(_folder, "a.snapshot");
        var second = Path.Combine(_folder, "b.snapshot");
        CliRunner.Run("snapshot", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", first);
        CliRunner.RunUnder("vi-VN", "snapshot", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        var relaxed = CliRunner.Run("snapshot", BrokenWeight(), "--data", RepositoryPaths.Sample2022, "--check", first, "--tolerance", "8", "--max-rank-move", "63");
        Assert.Equal(0, relaxed.ExitCode);
    }

    [Fact]
    public void Check_writes_sarif_that_points_at_the_ruleset_lines()
    {
        var text = File.ReadAllText(RepositoryPaths.Ruleset2022).Replace("unit    province", "unit    provnce", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "bad.dti");
        File.WriteAllText(path, text);
        var (code, output, _) = CliRunner.Run("check", path, "--format", "sarif");
        Assert.Equal(1, code);
        var log = JObject.Parse(output);
        Assert.Equal("2.1.0", (string?)log["version"]);
        var result = Assert.Single((JArray)log["runs"]![0]!["results"]!);
        Assert.Equal("DR1010", (string?)result["ruleId"]);
        Assert.Equal("error", (string?)result["level"]);
        var region = result["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal(Compile.PositionOf(text, "provnce"), ((int)region["startLine"]!, (int)region["startColumn"]!));
        Assert.Equal("DR1010", (string?)log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["id"]);
    }
}
