using System.Globalization;
using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Reconciliation;

namespace DtiRules.Tests.Localization;

/// <summary>
/// The tables of diff, compare, rescore, reconcile and sensitivity read in the language asked for,
/// with the same numbers in both; every word of them comes from the resource files; their CSV and
/// JSON do not change with the language.
/// </summary>
public sealed partial class AnalysisOutputLanguageTests : IDisposable
{
    private static readonly string Rulesets = RepositoryPaths.Combine("rulesets", "dti-province");

    private readonly string _temp = Directory.CreateTempSubdirectory("dti-l10n-").FullName;
    private readonly string _commune;

    public AnalysisOutputLanguageTests()
    {
        _commune = Path.Combine(_temp, "xa.dti");
        var (code, _, error) = CliRunner.Run("import", CriteriaSample.Csv, "--out", _commune);
        Assert.True(code == 0, error);
    }

    public static TheoryData<string> Commands() => ["diff", "compare", "by-change", "rescore", "reconcile", "sensitivity"];

    public static TheoryData<string> MachineFormats() => ["diff", "compare", "rescore", "reconcile", "sensitivity"];

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Vietnamese_and_english_tables_differ_in_words_only(string command)
    {
        var english = Table(command, "--lang", "en");
        var vietnamese = Table(command, "--lang", "vi");
        var vietnameseWithPoints = Table(command, "--lang", "vi", "--decimal", "point");

        Assert.Contains(VietnameseMark(command), vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain(VietnameseMark(command), english, StringComparison.Ordinal);
        Assert.Contains(EnglishMark(command), english, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishMark(command), vietnamese, StringComparison.Ordinal);

        // The same numbers, the decimal mark apart: a comma by default in Vietnamese, a point when asked
        // (words of the data, such as a formula or a ruleset's note, keep the mark they were written with).
        Assert.Equal(Numbers(english), Numbers(vietnamese));
        Assert.Equal(NumberTexts(english), NumberTexts(vietnameseWithPoints));
        Assert.True(DecimalComma().Count(vietnamese) > DecimalComma().Count(english), "Vietnamese numbers have a decimal comma.");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_word_of_the_table_is_translated_or_data(string command)
    {
        var (code, output, error) = await PseudoLocale.Run(Arguments(command));

        Assert.True(code == 0, error);
        // The coverage summary is written by scoring, translated with scoring's own texts. A long
        // sentence wraps inside its table cell, so its brackets open and close on different lines.
        var lines = output.Split('\n').Where(line => !line.Contains("Coverage: ", StringComparison.Ordinal));
        var table = WrappedAcrossLines().Replace(string.Join('\n', lines), span => "⟦⟧" + new string('\n', span.Value.Count(c => c == '\n')));
        Assert.Empty(PseudoLocale.UntranslatedLines(table, InputFiles(command)));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_vietnamese_table_is_the_same_under_every_formatting_culture(string command)
    {
        var invariant = Under(CultureInfo.InvariantCulture, command);

        Assert.Equal(invariant, Under(CultureInfo.GetCultureInfo("en-US"), command));
        Assert.Equal(invariant, Under(CultureInfo.GetCultureInfo("de-DE"), command));
    }

    [Theory]
    [MemberData(nameof(MachineFormats))]
    public void Csv_and_json_are_the_same_bytes_in_both_languages(string command)
    {
        foreach (var format in new[] { "csv", "json" })
        {
            // A CSV holds one table: diff writes its changes, the per-unit effect needing a second file.
            string[] arguments = command == "diff" ? ["diff", Edition(2022), Edition(2023)] : Arguments(command);
            var english = CliRunner.Run([.. arguments, "--format", format, "--lang", "en"]);
            var vietnamese = CliRunner.Run([.. arguments, "--format", format, "--lang", "vi"]);

            Assert.True(english.ExitCode == 0, english.Error);
            Assert.NotEmpty(english.Out);
            Assert.Equal(english.Out, vietnamese.Out);
        }
    }

    private string Table(string command, params string[] display)
    {
        var (code, output, error) = CliRunner.Run([.. Arguments(command), .. display]);
        Assert.True(code == 0, error);
        return output;
    }

    /// <summary>The Vietnamese table of <paramref name="command"/> with <paramref name="culture"/> as the current culture.</summary>
    private string Under(CultureInfo culture, string command)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return Table(command, "--lang", "vi");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private string[] Arguments(string command) => command switch
    {
        "diff" => ["diff", Edition(2022), Edition(2023), "--data", Sample(2023)],
        "compare" => ["compare", "--rulesets", Edition(2022), Edition(2023), "--data", Sample(2022), Sample(2023)],
        "by-change" => ["compare", "--rulesets", Edition(2022), Edition(2023), "--data", Sample(2022), Sample(2023), "--by-change"],
        "rescore" => ["rescore", "--data", Sample(2022), "--rulesets", Edition(2020), Edition(2022)],
        "reconcile" => ["reconcile", _commune, "--data", CriteriaSample.Csv],
        "sensitivity" => ["sensitivity", Edition(2022), "--data", Sample(2022), "--vary-weights", "20", "--samples", "20", "--indices"],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "No such command in this test."),
    };

    private string[] InputFiles(string command) => command switch
    {
        "diff" => [Edition(2022), Edition(2023), Sample(2023)],
        "compare" or "by-change" => [Edition(2022), Edition(2023), Sample(2022), Sample(2023)],
        "rescore" => [Edition(2020), Edition(2022), Sample(2022)],
        "reconcile" => [_commune, CriteriaSample.Csv],
        "sensitivity" => [Edition(2022), Sample(2022)],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "No such command in this test."),
    };

    // A word each table has only in that language.
    private static string VietnameseMark(string command) => command switch
    {
        "diff" => "So sánh phương pháp đánh giá",
        "reconcile" => "Đối chiếu",
        "sensitivity" => "Khoảng hạng",
        "rescore" => "Chấm lại theo",
        _ => "Tác động của phương pháp",
    };

    private static string EnglishMark(string command) => command switch
    {
        "diff" => "Methodology diff",
        "reconcile" => "Reconciliation",
        "sensitivity" => "Rank intervals",
        "rescore" => "Rescored under",
        _ => "Methodology effect",
    };

    private static string Edition(int year) => Path.Combine(Rulesets, $"{year}.dti");

    private static string Sample(int year) => RepositoryPaths.Combine("data", "sample", $"provinces-{year}.csv");

    /// <summary>Every number of <paramref name="text"/>, a decimal comma read as a point, in order.</summary>
    private static List<decimal> Numbers(string text) =>
        [.. NumberTexts(text).Select(n => decimal.Parse(n.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture))];

    private static List<string> NumberTexts(string text) => [.. Number().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"[-+]?\d+(?:[.,]\d+)?")]
    private static partial Regex Number();

    /// <summary>Translated text (possibly quoting one translated phrase) that spans lines.</summary>
    [GeneratedRegex(@"⟦[^⟦⟧]*(?:⟦[^⟦⟧]*⟧[^⟦⟧]*)*⟧")]
    private static partial Regex WrappedAcrossLines();

    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();
}
