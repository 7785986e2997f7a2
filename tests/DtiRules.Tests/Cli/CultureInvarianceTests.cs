using System.Diagnostics;
using System.Globalization;
using DtiRules.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>
/// Every command gives the same bytes under any culture. The commands write to writers that
/// format with the current culture, as the console's do (no invariant writer hides a culture-bound
/// call), and one run goes through the real console of a separate process under each locale.
/// </summary>
public sealed class CultureInvarianceTests : IDisposable
{
    /// <summary>Decimal commas (vi-VN, de-DE), the dotless i (tr-TR), Arabic digits and a right-to-left script (ar-SA, fa-IR).</summary>
    private static readonly string[] Cultures = ["vi-VN", "tr-TR", "de-DE", "ar-SA", "fa-IR"];

    private static readonly string Editions = RepositoryPaths.Combine("rulesets", "dti-province");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dtirules-culture-" + Guid.NewGuid().ToString("N"));

    public CultureInvarianceTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "check", ["check", Editions] },
        { "show", ["show", Edition(2023), "--resolved"] },
        { "emit", ["emit", Edition(2022)] },
        { "score-table", ["score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "table"] },
        { "score-csv", ["score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "csv", "--engine", "compiled"] },
        { "score-json", ["score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "json"] },
        { "score-xlsx", ["score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--out", "{out}.xlsx"] },
        { "explain", ["explain", Edition(2022), "--data", RepositoryPaths.Sample2022, "--unit", "Bắc Giang"] },
        { "gaps", ["gaps", Edition(2022), "--data", RepositoryPaths.Sample2022, "--unit", "Bắc Giang"] },
        { "diff", ["diff", Edition(2022), Edition(2023), "--data", RepositoryPaths.Sample2022] },
        { "rescore", ["rescore", "--data", RepositoryPaths.Sample2022, "--rulesets", Edition(2022), Edition(2024), "--format", "csv"] },
        { "compare", ["compare", "--rulesets", Edition(2022), Edition(2023), "--data", RepositoryPaths.Sample2022, RepositoryPaths.Sample2022] },
        { "report", ["report", Edition(2022), "--data", RepositoryPaths.Sample2022, "--rulesets", Edition(2021), Edition(2022), "--out", "{out}.html"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_gives_the_same_bytes_under_every_culture(string name, string[] arguments)
    {
        var expected = RunUnder(CultureInfo.InvariantCulture, name, arguments);
        Assert.True(expected.ExitCode is 0 or 1, expected.Error);
        Assert.NotEmpty(expected.Out + expected.File);
        foreach (var culture in Cultures)
        {
            var actual = RunUnder(CultureInfo.GetCultureInfo(culture), name, arguments);
            Assert.True(expected == actual, $"{name} differs under {culture}:\n{FirstDifference(expected.Out + expected.Error + expected.File, actual.Out + actual.Error + actual.File)}");
        }
    }

    [Fact]
    public async Task The_console_of_a_separate_process_writes_the_same_bytes_under_every_locale()
    {
        string[] arguments = ["score", Edition(2022), "--data", RepositoryPaths.Sample2022, "--format", "table"];
        var expected = await RunProcess("C.UTF-8", arguments);
        Assert.Equal(0, expected.ExitCode);
        Assert.Contains("0.", expected.Out, StringComparison.Ordinal);
        foreach (var locale in new[] { "vi_VN.UTF-8", "tr_TR.UTF-8" })
        {
            Assert.Equal(expected, await RunProcess(locale, arguments));
        }
    }

    private static string Edition(int year) => Path.Combine(Editions, $"{year}.dti");

    /// <summary>Runs in this process under <paramref name="culture"/> with writers that format as the console's do, and reads the file it wrote.</summary>
    private (int ExitCode, string Out, string Error, string File) RunUnder(CultureInfo culture, string name, string[] arguments)
    {
        var outPath = Path.Combine(_folder, name);
        var resolved = arguments.Select(a => a.Replace("{out}", outPath, StringComparison.Ordinal)).ToArray();
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;

            // No format provider: the writer formats with the current culture, as Console.Out does.
            // The language is pinned: a Vietnamese UI culture would otherwise choose Vietnamese text.
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = DtiApp.Run(["--lang", "en", .. resolved], output, error);
            var written = resolved.FirstOrDefault(a => a.StartsWith(outPath, StringComparison.Ordinal));
            var file = written is null ? "" : Convert.ToBase64String(File.ReadAllBytes(written));
            return (code, output.ToString(), error.ToString(), file);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    private static Task<(int ExitCode, string Out, string Error)> RunProcess(string locale, string[] arguments) =>
        DtiProcess.Run(arguments, new Dictionary<string, string?> { ["LC_ALL"] = locale, ["LANG"] = locale, ["DTIRULES_LANG"] = "en" });

    private static string FirstDifference(string expected, string actual)
    {
        var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        var from = Math.Max(0, at - 80);
        return $"expected …{expected[from..Math.Min(expected.Length, at + 80)]}…\nactual   …{actual[from..Math.Min(actual.Length, at + 80)]}…";
    }
}
