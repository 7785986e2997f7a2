using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using DtiRules.Cli.Resources;
using DtiRules.Language.Localization;

namespace DtiRules.Cli;

/// <summary>
/// System.CommandLine writes its help titles and parse errors from its own resources, with no way
/// to replace them (its help builder is internal), and it has no Vietnamese. Its English texts are
/// read from those resources, so each of its lines is recognised by the same text it was made from
/// and rewritten with <see cref="ParserText"/>, whose keys are the library's resource names.
/// </summary>
internal static partial class LibraryTexts
{
    private static readonly ResourceManager Library = new("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);

    private static readonly string[] Titles =
    [
        nameof(ParserText.HelpDescriptionTitle), nameof(ParserText.HelpUsageTitle), nameof(ParserText.HelpArgumentsTitle),
        nameof(ParserText.HelpOptionsTitle), nameof(ParserText.HelpCommandsTitle),
    ];

    private static readonly string[] Errors =
    [
        nameof(ParserText.RequiredOptionWasNotProvided), nameof(ParserText.CommandRequiredArgumentMissing), nameof(ParserText.OptionRequiredArgumentMissing),
        nameof(ParserText.RequiredCommandWasNotProvided), nameof(ParserText.UnrecognizedCommandOrArgument), nameof(ParserText.UnrecognizedArgument),
        nameof(ParserText.SuggestionsTokenNotMatched), nameof(ParserText.OptionExpectsOneArgument), nameof(ParserText.ArgumentConversionCannotParseForOption),
        nameof(ParserText.ArgumentConversionCannotParseForCommand), nameof(ParserText.ArgumentConversionCannotParse),
        nameof(ParserText.VersionOptionCannotBeCombinedWithOtherArguments), nameof(ParserText.ResponseFileNotFound), nameof(ParserText.ErrorReadingResponseFile),
    ];

    private static readonly IReadOnlyList<(string Key, Regex Pattern)> ErrorPatterns = [.. Errors.Select(key => (key, Pattern(English(key))))];

    private static readonly LocalizedText Ours = new(ParserText.ResourceManager);

    /// <summary>The description of the help option in the language of the command.</summary>
    public static string HelpOptionDescription => Ours.Get(nameof(ParserText.HelpOptionDescription));

    /// <summary>The description of the version option in the language of the command.</summary>
    public static string VersionOptionDescription => Ours.Get(nameof(ParserText.VersionOptionDescription));

    /// <summary>
    /// <paramref name="text"/>, help or errors the library wrote in English, with its titles,
    /// labels and messages in the language of the command; other lines (our descriptions and
    /// validation messages, already translated) are left as they are.
    /// </summary>
    public static string Translate(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = TranslateLine(lines[i]);
        }

        return string.Join('\n', lines);
    }

    private static string TranslateLine(string line)
    {
        var body = line.TrimEnd('\r');
        var ending = line[body.Length..];
        foreach (var key in Titles.Where(key => body == English(key)))
        {
            return Ours.Get(key) + ending;
        }

        foreach (var (key, pattern) in ErrorPatterns)
        {
            if (pattern.Match(body) is { Success: true } match)
            {
                return Ours.Format(key, [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]) + ending;
            }
        }

        return body
            .Replace(" " + English(nameof(ParserText.HelpUsageOptions)), " " + Ours.Get(nameof(ParserText.HelpUsageOptions)), StringComparison.Ordinal)
            .Replace(" " + English(nameof(ParserText.HelpUsageCommand)), " " + Ours.Get(nameof(ParserText.HelpUsageCommand)), StringComparison.Ordinal)
            .Replace(" " + English(nameof(ParserText.HelpOptionsRequiredLabel)), " " + Ours.Get(nameof(ParserText.HelpOptionsRequiredLabel)), StringComparison.Ordinal)
            .Replace("[" + English(nameof(ParserText.HelpArgumentDefaultValueLabel)) + ": ", "[" + Ours.Get(nameof(ParserText.HelpArgumentDefaultValueLabel)) + ": ", StringComparison.Ordinal)
            + ending;
    }

    private static string English(string key) =>
        Library.GetString(key, CultureInfo.InvariantCulture) ?? throw new MissingManifestResourceException($"System.CommandLine has no text '{key}'.");

    /// <summary>The library's template as a whole-line pattern: each <c>{n}</c> captures the text put there.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Placeholder().Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), "(.*)") + "$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
