using System.CommandLine;
using System.CommandLine.Completions;
using System.Text.RegularExpressions;
using DtiRules.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>
/// The text outputs and the help of the commands people read: Vietnamese with <c>--lang vi</c>,
/// English with <c>--lang en</c>, the same numbers in both, and nothing left untranslated.
/// </summary>
public sealed partial class CommandTextLanguageTests
{
    /// <summary>The same in both languages: the program's name and the unit of the timings.</summary>
    private static readonly string[] SameInBothLanguages = ["dti"];

    private static string Ruleset => RepositoryPaths.Ruleset2022;

    private static string Data => RepositoryPaths.Sample2022;

    /// <summary>Each command with text output, as (name, a phrase only its English output holds, one only its Vietnamese output holds).</summary>
    public static TheoryData<string, string, string> Commands() => new()
    {
        { "score", "Coverage:", "Độ phủ dữ liệu:" },
        { "explain", "formula ", "công thức " },
        { "gaps", "Target rank", "Hạng mục tiêu" },
        { "whatif", "Nodes of", "Các nút của" },
        { "show", " components, ", " chỉ số thành phần, " },
        { "assumptions", " assumption(s) among ", " giả định trong số " },
        { "test", " passed, ", " đạt, " },
    };

    /// <summary>Every command of <c>dti</c>, for its help.</summary>
    public static TheoryData<string> CommandNames() =>
        [.. DtiApp.Commands(new CliConsole(TextWriter.Null, TextWriter.Null)).Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_language_reads_its_own_with_the_same_numbers(string command, string english, string vietnamese)
    {
        var inEnglish = CliRunner.Run(["--lang", "en", .. Arguments(command)]);
        var inVietnamese = CliRunner.Run(["--lang", "vi", .. Arguments(command)]);

        Assert.Equal(0, inEnglish.ExitCode);
        Assert.Equal(0, inVietnamese.ExitCode);
        Assert.Contains(english, inEnglish.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(vietnamese, inEnglish.Out, StringComparison.Ordinal);
        Assert.Contains(vietnamese, inVietnamese.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(english, inVietnamese.Out, StringComparison.Ordinal);
        Assert.Equal(Numbers(inEnglish.Out).Select(n => n.Replace(',', '.')), Numbers(inVietnamese.Out).Select(n => n.Replace(',', '.')));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("explain")]
    [InlineData("gaps")]
    [InlineData("whatif")]
    public void Vietnamese_writes_a_decimal_comma_unless_a_point_is_asked_for(string command)
    {
        var english = Numbers(CliRunner.Run(["--lang", "en", .. Arguments(command)]).Out);
        var comma = Numbers(CliRunner.Run(["--lang", "vi", .. Arguments(command)]).Out);
        var point = Numbers(CliRunner.Run(["--lang", "vi", "--decimal", "point", .. Arguments(command)]).Out);

        // A number the ruleset or the data writes with a point (a label's "1.2") stays as written.
        Assert.Equal(english.Count, comma.Count);
        Assert.All(english.Zip(comma), pair => Assert.True(pair.First == pair.Second || pair.First.Replace('.', ',') == pair.Second, $"{pair.First} became {pair.Second}"));
        Assert.Contains(comma, n => n.Contains(',', StringComparison.Ordinal));
        Assert.Equal(english, point);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task The_pseudo_language_leaves_no_text_of_the_command_untranslated(string command, string english, string vietnamese)
    {
        _ = (english, vietnamese);
        var (code, output, _) = await PseudoLocale.Run(Arguments(command));

        Assert.Equal(0, code);
        Assert.Contains("⟦", output, StringComparison.Ordinal);
        var untranslated = PseudoLocale.UntranslatedLines(output, [Ruleset, Data], SameInBothLanguages).ToList();
        Assert.Empty(untranslated);
    }

    [Fact]
    public async Task The_pseudo_language_leaves_no_text_of_the_root_help_untranslated()
    {
        var (code, output, _) = await PseudoLocale.Run("--help");

        Assert.Equal(0, code);
        Assert.Empty(PseudoLocale.UntranslatedLines(output, [], [.. SameInBothLanguages, .. CommandLineWords()]));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task The_pseudo_language_leaves_no_text_of_a_command_help_untranslated(string command)
    {
        var (code, output, _) = await PseudoLocale.Run(command, "--help");

        Assert.Equal(0, code);
        Assert.Empty(PseudoLocale.UntranslatedLines(output, [], [.. SameInBothLanguages, .. CommandLineWords()]));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void A_command_help_is_in_the_language_asked_for(string command)
    {
        var english = CliRunner.Run("--lang", "en", command, "--help");
        var vietnamese = CliRunner.Run("--lang", "vi", command, "--help");

        Assert.Contains("Options:", english.Out, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information", english.Out, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn:", vietnamese.Out, StringComparison.Ordinal);
        Assert.Contains("Hiển thị trợ giúp và cách dùng", vietnamese.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", vietnamese.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", vietnamese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_of_the_command_line_follow_the_language()
    {
        var english = CliRunner.Run("--lang", "en", "score", Ruleset);
        var vietnamese = CliRunner.Run("--lang", "vi", "score", Ruleset);

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(2, vietnamese.ExitCode);
        Assert.Contains("Option '--data' is required.", english.Error, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn '--data' là bắt buộc.", vietnamese.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", vietnamese.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_of_the_command_line_are_translated_in_the_pseudo_language()
    {
        var (code, _, error) = await PseudoLocale.Run("score", Ruleset, "--nonsense");

        Assert.Equal(2, code);
        Assert.Empty(PseudoLocale.UntranslatedLines(error, [], [.. SameInBothLanguages, .. CommandLineWords()]));
    }

    private static string[] Arguments(string command) => command switch
    {
        "score" => ["score", Ruleset, "--data", Data],
        "explain" => ["explain", Ruleset, "--data", Data, "--unit", "Hà Giang"],
        "gaps" => ["gaps", Ruleset, "--data", Data, "--unit", "Hà Giang", "--target-rank", "10"],
        "whatif" => ["whatif", Ruleset, "--data", Data, "--set", "Hà Giang: nt_so_cuoc_hop=12"],
        "show" => ["show", Ruleset],
        "assumptions" => ["show", Ruleset, "--assumptions"],
        "test" => ["test", Ruleset],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a command with text output"),
    };

    /// <summary>The numbers of <paramref name="text"/> in order, as written (decimal mark included); positions <c>(line,col)</c> are not numbers.</summary>
    private static List<string> Numbers(string text) => [.. Number().Matches(Position().Replace(text, " ")).Select(m => m.Value)];

    /// <summary>
    /// What a command line is written with, the same in every language: the names of commands,
    /// options and arguments, and the values options take.
    /// </summary>
    private static IEnumerable<string> CommandLineWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Command>([DtiApp.Commands(new CliConsole(TextWriter.Null, TextWriter.Null))]);
        while (pending.TryPop(out var command))
        {
            words.Add(command.Name);
            foreach (var argument in command.Arguments)
            {
                words.Add(argument.Name);
            }

            foreach (var option in command.Options)
            {
                foreach (var name in option.Aliases.Append(option.Name))
                {
                    words.Add(name);
                }

                foreach (var choice in option.GetCompletions(CompletionContext.Empty))
                {
                    words.Add(choice.Label);
                }
            }

            foreach (var subcommand in command.Subcommands)
            {
                pending.Push(subcommand);
            }
        }

        return words.SelectMany(w => Letters().Matches(w).Select(m => m.Value));
    }

    [GeneratedRegex(@"(?<=\S)\(\d+,\d+\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
