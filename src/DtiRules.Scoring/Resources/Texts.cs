using DtiRules.Language.Localization;

namespace DtiRules.Scoring.Resources;

/// <summary>The scoring layer's resource files, each read in the language of the running command.</summary>
internal static class Texts
{
    /// <summary>The coverage line of a result.</summary>
    public static LocalizedText Coverage { get; } = new(CoverageSummaryText.ResourceManager);
}
