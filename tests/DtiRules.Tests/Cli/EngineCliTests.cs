using System.Text.RegularExpressions;
using DtiRules.Tests.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>
/// Every command that scores takes <c>--engine</c>, and its output is byte for byte the same under
/// the interpreter and the compiled engine, for every shipped edition on its sample data.
/// </summary>
public sealed partial class EngineCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-engines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Each shipped edition with its sample (the snapshots' samples.txt), by ruleset path from the root.</summary>
    public static TheoryData<string> Editions() => [.. Samples().Select(s => s.Ruleset)];

    public static TheoryData<string, string> CommandsByEdition()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "score", "rescore", "diff", "compare", "explain", "gaps", "report", "test", "snapshot", "whatif" })
        {
            foreach (var sample in Samples())
            {
                data.Add(command, sample.Ruleset);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsByEdition))]
    public void Both_engines_give_the_same_bytes(string command, string ruleset)
    {
        CompiledTestEngine.CompileShippedEditions();
        var interpreted = Run(command, ruleset, "interpreted");
        var compiled = Run(command, ruleset, "compiled");

        Assert.True(interpreted.ExitCode is 0, interpreted.Error);
        Assert.DoesNotMatch(PreparedStage(), interpreted.Timings);
        Assert.Matches(PreparedStage(), compiled.Timings);
        Assert.Equal(interpreted.ExitCode, compiled.ExitCode);
        Assert.Equal(interpreted.Error, compiled.Error);
        Assert.Equal(interpreted.Out, compiled.Out);
        Assert.NotEmpty(interpreted.Out);
    }

    /// <summary>
    /// The per-change attribution scores every edition between the two, each compiled on its own
    /// under the compiled engine; 2023 extends 2022, the pair of shipped editions it applies to.
    /// </summary>
    [Fact]
    public void Both_engines_attribute_a_change_of_editions_with_the_same_bytes()
    {
        var ruleset = RepositoryPaths.Combine("rulesets", "dti-province", "2023.dti");
        var interpreted = Run("compare-by-change", ruleset, "interpreted");
        var compiled = Run("compare-by-change", ruleset, "compiled");

        Assert.True(interpreted.ExitCode is 0, interpreted.Error);
        Assert.Matches(PreparedStage(), compiled.Timings);
        Assert.Equal(interpreted.Error, compiled.Error);
        Assert.Equal(interpreted.Out, compiled.Out);
        Assert.StartsWith("unit,code,change,kind,contribution,", interpreted.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Auto_is_the_default_and_scores_as_the_interpreter(string ruleset)
    {
        var defaulted = Run("score", ruleset, engine: null);
        var auto = Run("score", ruleset, "auto");
        var interpreted = Run("score", ruleset, "interpreted");

        Assert.Equal(0, auto.ExitCode);
        Assert.Equal(auto.Out, defaulted.Out);
        Assert.Equal(interpreted.Out, auto.Out);
    }

    [Theory]
    [InlineData("rescore")]
    [InlineData("test")]
    [InlineData("report")]
    public void An_unknown_engine_is_a_usage_error(string command)
    {
        var (code, _, error) = CliRunner.Run([.. Arguments(command, Samples()[2], Path.Combine(_folder, "unused.html")), "--engine", "fast"]);
        Assert.Equal(2, code);
        Assert.Contains("fast", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The command's output: standard output and the file it wrote (the report's page, the
    /// snapshot), standard error without the timings line, and that line.
    /// </summary>
    private (int ExitCode, string Out, string Error, string Timings) Run(string command, string ruleset, string? engine)
    {
        var sample = Samples().Single(s => s.Ruleset == ruleset);
        var file = Path.Combine(_folder, $"{command}-{engine ?? "default"}.out");
        string[] args = [.. Arguments(command, sample, file), .. engine is null ? [] : new[] { "--engine", engine }, "--timings"];
        var (code, output, error) = CliRunner.Run(args);
        var timings = error.Split('\n').Single(l => l.StartsWith("timings: ", StringComparison.Ordinal));
        var rest = error.Replace(timings + "\n", string.Empty, StringComparison.Ordinal);
        return (code, File.Exists(file) ? output + File.ReadAllText(file) : output, rest, timings);
    }

    private static string[] Arguments(string command, Sample sample, string file) => command switch
    {
        "score" => ["score", sample.Ruleset, "--data", sample.Data, "--format", "json"],
        "rescore" => ["rescore", "--data", sample.Data, "--rulesets", sample.Ruleset, sample.Partner.Ruleset, "--format", "json"],
        "diff" => ["diff", sample.Partner.Ruleset, sample.Ruleset, "--data", sample.Data, "--format", "json"],
        "compare" => ["compare", "--rulesets", sample.Partner.Ruleset, sample.Ruleset, "--data", sample.Partner.Data, sample.Data, "--format", "json"],
        "explain" => ["explain", sample.Ruleset, "--data", sample.Data, "--unit", sample.FirstUnit, "--outputs", "--format", "json"],
        "gaps" => ["gaps", sample.Ruleset, "--data", sample.Data, "--unit", sample.FirstUnit, "--target-rank", "1", "--format", "json"],
        "report" => ["report", sample.Ruleset, "--data", sample.Data, "--rulesets", sample.Partner.Ruleset, sample.Ruleset, "--out", file],
        "test" => ["test", sample.Ruleset],
        "snapshot" => ["snapshot", sample.Ruleset, "--data", sample.Data, "--out", file],
        "whatif" => ["whatif", sample.Ruleset, "--data", sample.Data, "--set", SecondUnitsFirstValue(sample), "--format", "json"],
        "compare-by-change" => ["compare", "--rulesets", sample.Partner.Ruleset, sample.Ruleset, "--data", sample.Partner.Data, sample.Data, "--by-change", "--format", "csv"],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a scoring command"),
    };

    /// <summary>The shipped samples in family order, each paired with the previous edition of its series (or itself when the family is no series).</summary>
    private static List<Sample> Samples()
    {
        var samples = new List<Sample>();
        foreach (var folder in Directory.GetDirectories(RepositoryPaths.Combine("rulesets")).Order(StringComparer.Ordinal))
        {
            var listed = File.ReadAllLines(Path.Combine(folder, "snapshots", "samples.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split(' '))
                .Select(p => (Ruleset: Path.Combine(folder, Path.ChangeExtension(p[0], ".dti")), Data: RepositoryPaths.Combine(p[1])))
                .OrderBy(p => p.Ruleset, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < listed.Count; i++)
            {
                // Yearly editions form a series; editions of different unit kinds (the department family) do not.
                var partner = IsYear(listed[i].Ruleset) && listed.All(p => IsYear(p.Ruleset)) ? listed[i == 0 ? listed.Count - 1 : i - 1] : listed[i];
                samples.Add(new Sample(listed[i].Ruleset, listed[i].Data, new Partner(partner.Ruleset, partner.Data), FirstUnit(listed[i].Data)));
            }
        }

        return samples;
    }

    private static bool IsYear(string ruleset) => int.TryParse(Path.GetFileNameWithoutExtension(ruleset), out _);

    private static string FirstUnit(string data) =>
        File.ReadLines(data).Where(l => !l.StartsWith('#')).Skip(1).First().Split(',')[0].Trim('"');

    /// <summary>The first unit given the second unit's value of the data's first field: a value the edition accepts.</summary>
    private static string SecondUnitsFirstValue(Sample sample)
    {
        var rows = File.ReadLines(sample.Data).Where(l => !l.StartsWith('#')).Take(3).Select(l => l.Split(',')).ToList();
        return $"{sample.FirstUnit}: {rows[0][1]}={rows[2][1]}";
    }

    [GeneratedRegex(@"(: |, )(compile|load) \d+ ms")]
    private static partial Regex PreparedStage();

    private sealed record Partner(string Ruleset, string Data);

    private sealed record Sample(string Ruleset, string Data, Partner Partner, string FirstUnit);
}
