using DtiRules.Language.Localization;

namespace DtiRules.Cli.Resources;

/// <summary>The titles and messages of the diagnostics this assembly writes, and the phrases built into them.</summary>
internal static class DiagnosticTexts
{
    /// <summary>Read in the language of the running command.</summary>
    public static LocalizedText Messages { get; } = new(DiagnosticText.ResourceManager);

    /// <summary>
    /// The phrase <paramref name="key"/> in the current language, formatted with culture-invariant
    /// <paramref name="args"/> when there are any (a phrase without arguments may hold braces).
    /// </summary>
    public static string Phrase(string key, params object?[] args) =>
        args.Length == 0 ? Messages.Get(key) : Messages.Format(key, args);
}
