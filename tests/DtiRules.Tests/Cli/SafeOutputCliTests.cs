using DtiRules.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>Every command's outputs: written whole, never over an input, and a file that cannot be written is a diagnostic with exit code 3.</summary>
public sealed class SafeOutputCliTests : IDisposable
{
    private static readonly string UnitsFolder = RepositoryPaths.Combine("tests", "units");
    private static readonly string CommuneRuleset = Path.Combine(UnitsFolder, "commune.dti");
    private static readonly string Communes = Path.Combine(UnitsFolder, "communes.csv");
    private static readonly string CommuneData = Path.Combine(UnitsFolder, "communes-data.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A copy of a repository file in the test's folder, so a command that wrongly wrote it would not harm the repository.</summary>
    private string Copy(string source)
    {
        var path = Path.Combine(_folder, Path.GetFileName(source));
        File.Copy(source, path, overwrite: true);
        return path;
    }

    public static TheoryData<string, string> Unwritable()
    {
        var data = new TheoryData<string, string>
        {
            { "missing folder", Path.Combine(Path.GetTempPath(), "dti-no-such-folder-" + Guid.NewGuid().ToString("N"), "out.csv") },
            { "a folder", Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar) },
        };
        if (OperatingSystem.IsLinux())
        {
            data.Add("/proc", "/proc/dti-out.csv");
            data.Add("/dev/full", "/dev/full");
        }

        return data;
    }

    private static void AssertCannotWrite(int code, string error, string path)
    {
        Assert.Equal(ExitCodes.InputOutput, code);
        Assert.Contains($"{path}: error DR4068: Cannot write '{path}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Score_to_an_unwritable_out_is_a_diagnostic_with_exit_code_3(string what, string path)
    {
        _ = what;
        foreach (var format in new[] { "csv", "json", "table" })
        {
            var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", format, "--out", path);
            AssertCannotWrite(code, error, path);
        }
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Workbooks_reports_snapshots_junit_and_emitted_code_go_through_the_same_checks(string what, string path)
    {
        _ = what;
        var workbook = path.EndsWith(".csv", StringComparison.Ordinal) ? path[..^4] + ".xlsx" : path;
        string[][] commands =
        [
            ["score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", workbook],
            ["report", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", path],
            ["snapshot", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", path],
            ["emit", RepositoryPaths.Ruleset2022, "--out", path],
            ["test", RepositoryPaths.Ruleset2022, "--junit", path],
        ];
        foreach (var command in commands)
        {
            var (code, _, error) = CliRunner.Run(command);
            AssertCannotWrite(code, error, command[^1]);
        }
    }

    public static TheoryData<string> InputOptions => new() { "ruleset", "--data", "--units", "--units-map" };

    [Theory]
    [MemberData(nameof(InputOptions))]
    public void An_out_that_names_an_input_is_refused_before_anything_is_read(string input)
    {
        var ruleset = Copy(CommuneRuleset);
        var list = Copy(Communes);
        var data = Copy(CommuneData);
        var map = Path.Combine(_folder, "map.csv");
        File.WriteAllText(map, "from_code,to_code,to_name\n");
        var target = input switch
        {
            "ruleset" => ruleset,
            "--data" => data,
            "--units" => list,
            _ => map,
        };
        var before = File.ReadAllBytes(target);

        // Written another way than the input, as a user may: relative to the current folder.
        var (code, _, error) = CliRunner.Run("score", ruleset, "--data", data, "--units", list, "--units-map", map, "--format", "csv", "--out", Path.GetRelativePath(Directory.GetCurrentDirectory(), target));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"is the file this command reads as {input}", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(target));
    }

    [Fact]
    public void Every_command_that_writes_guards_its_inputs()
    {
        var ruleset = Copy(RepositoryPaths.Ruleset2022);
        var data = Copy(RepositoryPaths.Sample2022);
        var (rulesetBefore, dataBefore) = (File.ReadAllBytes(ruleset), File.ReadAllBytes(data));
        string[][] commands =
        [
            ["snapshot", ruleset, "--data", data, "--out", data],
            ["report", ruleset, "--data", data, "--out", ruleset],
            ["emit", ruleset, "--out", ruleset],
            ["test", ruleset, "--junit", ruleset],
            ["explain", ruleset, "--data", data, "--unit", "Hà Nội", "--out", data],
            ["gaps", ruleset, "--data", data, "--unit", "Hà Nội", "--out", data],
            ["rescore", "--data", data, "--rulesets", ruleset, "--out", ruleset],
            ["diff", ruleset, RepositoryPaths.Ruleset2022, "--data", data, "--effect-out", data],
            ["compare", "--rulesets", ruleset, ruleset, "--data", data, data, "--out", data],
        ];
        foreach (var command in commands)
        {
            var (code, _, error) = CliRunner.Run(command);
            Assert.True(code == ExitCodes.Usage, $"{string.Join(' ', command)}: {code} {error}");
        }

        Assert.Equal(rulesetBefore, File.ReadAllBytes(ruleset));
        Assert.Equal(dataBefore, File.ReadAllBytes(data));
    }

    [Fact]
    public void Fmt_rewrites_a_file_whole_and_leaves_nothing_beside_it()
    {
        var path = Path.Combine(_folder, "r.dti");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Ruleset2022).Replace("\n  title", "\n      title", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("fmt", path);

        Assert.True(code == 0, error);
        Assert.Contains("formatted", output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Ruleset2022), File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_wrong_command_line_exits_with_2()
    {
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--no-such-option");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }
}
