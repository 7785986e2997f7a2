using DtiRules.Language.Localization;

namespace DtiRules.Scoring.Resources;

/// <summary>The titles and messages of the diagnostics this assembly writes, and the phrases built into them.</summary>
internal static class DiagnosticTexts
{
    /// <summary>Read in the language of the running command.</summary>
    public static LocalizedText Messages { get; } = new(DiagnosticText.ResourceManager);

    /// <inheritdoc cref="LocalizedText.Phrase(string, object?[])"/>
    public static string Phrase(string key, params object?[] args) => Messages.Phrase(key, args);
}
