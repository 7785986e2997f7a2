using System.CommandLine;
using System.Globalization;
using DtiRules.Cli.Resources;
using DtiRules.Language.Localization;

namespace DtiRules.Cli;

/// <summary>
/// <c>--lang</c> and <c>--decimal</c>, accepted by every command. The language is read from the
/// arguments before the command tree is built, because the tree's help text is already in it.
/// </summary>
internal static class DisplayOptions
{
    private const string LanguageName = "--lang";
    private const string DecimalName = "--decimal";

    /// <summary>The settings <paramref name="args"/> and the environment ask for.</summary>
    public static DisplaySettings Resolve(IReadOnlyList<string> args) =>
        DisplaySettings.Resolve(
            ValueOf(args, LanguageName),
            ValueOf(args, DecimalName),
            Environment.GetEnvironmentVariable(DisplaySettings.LanguageVariable),
            CultureInfo.CurrentUICulture);

    /// <summary>The two options, for help and validation; their values were already applied by <see cref="Resolve"/>.</summary>
    public static IEnumerable<Option> Create()
    {
        var language = new Option<string?>(LanguageName) { Description = Texts.Help.Get(nameof(HelpText.LangOptionDescription)), Recursive = true };
        Options.AcceptOnly(language, "vi", "en");
        var mark = new Option<string?>(DecimalName) { Description = Texts.Help.Get(nameof(HelpText.DecimalOptionDescription)), Recursive = true };
        Options.AcceptOnly(mark, "comma", "point");
        return [language, mark];
    }

    private static string? ValueOf(IReadOnlyList<string> args, string name)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (string.Equals(args[i], "--", StringComparison.Ordinal))
            {
                break;
            }

            if (string.Equals(args[i], name, StringComparison.Ordinal) && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (args[i].StartsWith(name + "=", StringComparison.Ordinal) || args[i].StartsWith(name + ":", StringComparison.Ordinal))
            {
                value = args[i][(name.Length + 1)..];
            }
        }

        return value;
    }
}
