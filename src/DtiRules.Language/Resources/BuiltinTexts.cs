using DtiRules.Language.Localization;

namespace DtiRules.Language.Resources;

/// <summary>How the built-ins state their figures, read in the language of the running command.</summary>
internal static class BuiltinTexts
{
    /// <summary>The sentences of the cohort built-ins' figures.</summary>
    public static LocalizedText Figures { get; } = new(BuiltinText.ResourceManager);
}
