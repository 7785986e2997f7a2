using DtiRules.Language.Localization;

namespace DtiRules.Compiler.Resources;

/// <summary>Why the compiled-ruleset cache was not trusted, in every language.</summary>
internal static class CacheTexts
{
    /// <summary>Read in the language of whoever reads a rejection.</summary>
    public static LocalizedText Reasons { get; } = new(CacheText.ResourceManager);
}
