using DtiRules.Language.Localization;

namespace DtiRules.Analysis.Resources;

/// <summary>The analyses' resource files, each read in the language a phrase is written in.</summary>
internal static class Texts
{
    /// <summary>The sentences of a methodology diff.</summary>
    public static LocalizedText Diff { get; } = new(DiffText.ResourceManager);

    /// <summary>The notes of an edition comparison, a rescore and a per-change attribution.</summary>
    public static LocalizedText Editions { get; } = new(EditionsText.ResourceManager);

    /// <summary>How explain states a cohort statistic: the units it ran over and the unit's own figures.</summary>
    public static LocalizedText Cohort { get; } = new(CohortText.ResourceManager);

    /// <summary>The summary of a reconciliation.</summary>
    public static LocalizedText Reconcile { get; } = new(ReconcileText.ResourceManager);
}
