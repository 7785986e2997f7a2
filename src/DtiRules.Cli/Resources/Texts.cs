using DtiRules.Language.Localization;

namespace DtiRules.Cli.Resources;

/// <summary>The command line's resource files, each read in the language of the running command.</summary>
internal static class Texts
{
    /// <summary>Command and option descriptions, and command-line usage errors.</summary>
    public static LocalizedText Help { get; } = new(HelpText.ResourceManager);
}
