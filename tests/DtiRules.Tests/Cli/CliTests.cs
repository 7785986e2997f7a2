using DtiRules.Cli;
using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Cli;

public sealed partial class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning) DR\d{4}: .+$")]
    private static partial Regex DiagnosticLine();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_passes_the_shipped_rulesets()
    {
        var (code, output, _) = CliRunner.Run("check", RepositoryPaths.Combine("rulesets"));
        Assert.Equal(0, code);
        Assert.Equal("0 error(s), 0 warning(s)\n", output);
    }

    [Fact]
    public void Check_prints_positioned_diagnostics_and_exits_1()
    {
        var path = Write("bad.dti", File.ReadAllText(RepositoryPaths.Ruleset2022).Replace("unit    province", "unit    provnce", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run("check", path);
        Assert.Equal(1, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Matches(DiagnosticLine(), lines[0]);
        Assert.StartsWith(path + "(", lines[0], StringComparison.Ordinal);
        Assert.Contains("DR1010", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 error(s), 0 warning(s)", lines[^1]);
    }

    [Fact]
    public void Check_json_is_machine_readable()
    {
        var path = Write("bad.dti", "ruleset x edition 2022 { title \"t\" }");
        var (code, output, _) = CliRunner.Run("check", path, "--format", "json");
        Assert.Equal(1, code);
        var diagnostics = JArray.Parse(output);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Matches(@"^DR\d{4}$", (string)d["code"]!));
        Assert.Contains(diagnostics, d => (string?)d["code"] == "DR1004" && (int)d["line"]! == 1);
    }

    [Fact]
    public void Check_reports_a_ruleset_in_no_known_encoding_at_the_bad_byte()
    {
        // "tààn" has two tones: no Vietnamese word, so the bytes are not Windows-1258 text either.
        var path = Path.Combine(_folder, "latin.dti");
        File.WriteAllBytes(path, [.. "// ok\n// t"u8, 0xE0, 0xE0, .. "n\n"u8]);
        var (code, output, _) = CliRunner.Run("check", path);
        Assert.Equal(1, code);
        Assert.StartsWith(path + "(2,5): error DR0008:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_missing_path()
    {
        var (code, output, _) = CliRunner.Run("check", Path.Combine(_folder, "nope.dti"));
        Assert.Equal(ExitCodes.InputOutput, code);
        Assert.Contains("DR4101", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_csv_starts_with_rank_and_unit_and_carries_every_node()
    {
        var (code, output, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv");
        Assert.True(code == 0, error);
        var lines = output.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal(["rank", "unit"], header[..2]);
        Assert.Contains("nt_01", header);
        Assert.Contains("nt_01.points", header);
        Assert.Equal(64, lines.Length);
    }

    [Fact]
    public void Score_table_lists_every_province_once()
    {
        var (code, output, _) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022);
        Assert.Equal(0, code);
        Assert.Contains("Hà Nội", output, StringComparison.Ordinal);
        Assert.Contains("Synthetic data", output, StringComparison.Ordinal);
        Assert.Equal(63, output.Split('\n').Count(l => Regex.IsMatch(l, @"^│\s+\d+ │")));
    }

    [Fact]
    public void Score_writes_the_out_file()
    {
        var path = Path.Combine(_folder, "out.json");
        var (code, output, _) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "json", "--out", path);
        Assert.Equal(0, code);
        Assert.Empty(output);
        var document = JObject.Parse(File.ReadAllText(path));
        Assert.Equal(63, ((JArray)document["units"]!).Count);
        Assert.Equal(2022, (int)document["ruleset"]!["edition"]!);
    }

    [Fact]
    public void Score_reports_data_errors_with_positions_and_exits_1()
    {
        var data = Write("bad.csv", "unit,nt_so_cuoc_hop\nHà Nội,3\nHa Noi,4\nHuee,2\n");
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("bad.csv(3,1): error DR4005", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv(4,1): error DR4006", error, StringComparison.Ordinal);
    }
}
