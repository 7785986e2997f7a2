using System.Globalization;
using DtiRules.Tests.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>
/// <c>--timings</c> adds one line naming each stage's milliseconds to standard error of every
/// command that scores, and changes nothing else. The times themselves are not checked here.
/// </summary>
public sealed class TimingsCliTests : IDisposable
{
    private static readonly string Ruleset2021 = RepositoryPaths.Combine("rulesets", "dti-province", "2021.dti");
    private static readonly string Snapshot2022 = RepositoryPaths.Combine("rulesets", "dti-province", "snapshots", "2022.snapshot");

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-timings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string[], string[]> ScoringCommands() => new()
    {
        { ["score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv"], ["read", "bind", "score", "write"] },
        { ["rescore", "--data", RepositoryPaths.Sample2022, "--rulesets", Ruleset2021, RepositoryPaths.Ruleset2022], ["read", "bind", "score", "write"] },
        { ["diff", Ruleset2021, RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022], ["read", "bind", "score", "write"] },
        { ["compare", "--rulesets", Ruleset2021, RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, RepositoryPaths.Sample2022], ["read", "bind", "score", "write"] },
        { ["explain", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "Bắc Giang", "--depth", "1"], ["read", "bind", "score", "write"] },
        { ["gaps", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "Bắc Giang"], ["read", "bind", "score", "write"] },
        { ["whatif", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--set", "Bắc Giang: nt_truong_ban=chair"], ["read", "bind", "score", "write"] },
        { ["test", RepositoryPaths.Ruleset2022], ["bind", "score", "write"] },
        { ["snapshot", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--check", Snapshot2022], ["read", "bind", "score"] },
    };

    [Theory]
    [MemberData(nameof(ScoringCommands))]
    public void Timings_name_each_stage_on_standard_error_and_change_nothing_else(string[] command, string[] stages)
    {
        var plain = CliRunner.Run(command);
        var timed = CliRunner.Run([.. command, "--timings"]);

        Assert.Equal(plain.ExitCode, timed.ExitCode);
        Assert.Equal(plain.Out, timed.Out);
        Assert.StartsWith(plain.Error, timed.Error, StringComparison.Ordinal);
        var line = Assert.Single(timed.Error[plain.Error.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^timings: [a-z]+ \d+ ms(, [a-z]+ \d+ ms)*; whole command \d+ ms$", line);
        Assert.All(stages, stage => Assert.Matches($@"(: |, ){stage} \d+ ms", line));
    }

    [Fact]
    public void The_report_is_timed_from_reading_to_writing_the_page()
    {
        var page = Path.Combine(_folder, "report.html");
        var (code, _, error) = CliRunner.Run("report", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", page, "--engine", "interpreted", "--timings");
        Assert.Equal(0, code);
        Assert.Matches(@"timings: read \d+ ms, bind \d+ ms, score \d+ ms, write \d+ ms; whole command \d+ ms\n$", error);
    }

    [Fact]
    public void The_compiled_engine_shows_how_its_code_was_prepared()
    {
        CompiledTestEngine.CompileShippedEditions();
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--engine", "compiled", "--timings");
        Assert.Equal(0, code);
        Assert.Matches(@"timings: read \d+ ms, bind \d+ ms, load \d+ ms, score \d+ ms, write \d+ ms; whole command \d+ ms\n$", error);
    }

    [Fact]
    public void Editions_compiled_inside_scoring_count_in_compile_only_so_the_stages_add_up()
    {
        // A title never seen before makes the edition and the editions between compile afresh, inside --by-change's scoring.
        File.Copy(RepositoryPaths.Ruleset2022, Path.Combine(_folder, "2022.dti"));
        var later = Path.Combine(_folder, "2030.dti");
        File.WriteAllText(later, $$"""
            ruleset dti_province edition 2030 extends dti_province 2022 {
              title "Kiểm thử {{Guid.NewGuid():N}}"
            }

            override node nt_02 {
              assumed "Kiểm thử: bậc chặt hơn"
              score = tiers nt_so_cuoc_hop { >= 6: 10, >= 3: 5, else: 0 }
            }

            override node ht_01 {
              assumed "Kiểm thử: đủ điểm từ 60%"
              score = min(ht_ho_cap_quang / 60, 1) * 15
            }

            """);

        var (code, _, error) = CliRunner.Run(
            "compare", "--rulesets", Path.Combine(_folder, "2022.dti"), later, "--data", RepositoryPaths.Sample2022, RepositoryPaths.Sample2022,
            "--by-change", "--engine", "compiled", "--format", "csv", "--timings");

        Assert.True(code == 0, error);
        var line = error.Split('\n').Single(l => l.StartsWith("timings: ", StringComparison.Ordinal));
        var stages = System.Text.RegularExpressions.Regex.Matches(line, @"([a-z]+) (\d+) ms").Select(m => (Name: m.Groups[1].Value, Ms: long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        var whole = Assert.Single(stages, s => s.Name == "command").Ms;
        var parts = stages.Where(s => s.Name != "command").ToList();
        Assert.Single(parts, s => s.Name == "compile");
        Assert.Equal(parts.Count, parts.Select(s => s.Name).Distinct().Count());

        // Each stage is rounded to the millisecond, so the parts may exceed the whole by half a millisecond each.
        Assert.True(parts.Sum(s => s.Ms) <= whole + parts.Count, line);
    }

    [Fact]
    public void Commands_that_do_not_score_have_no_timings_option()
    {
        var (code, output, error) = CliRunner.Run("show", RepositoryPaths.Ruleset2022, "--timings");
        Assert.NotEqual(0, code);
        Assert.Contains("'--timings'", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("timings:", output + error, StringComparison.Ordinal);
    }
}
