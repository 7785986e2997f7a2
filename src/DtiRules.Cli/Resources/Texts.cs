using DtiRules.Language.Localization;

namespace DtiRules.Cli.Resources;

/// <summary>The command line's resource files, each read in the language of the running command.</summary>
internal static class Texts
{
    /// <summary>Command and option descriptions, and command-line usage errors.</summary>
    public static LocalizedText Help { get; } = new(HelpText.ResourceManager);

    /// <summary>The tables of diff, compare, rescore and per-change attribution.</summary>
    public static LocalizedText Compare { get; } = new(CompareText.ResourceManager);

    /// <summary>The tables of a reconciliation.</summary>
    public static LocalizedText Reconcile { get; } = new(ReconcileTableText.ResourceManager);

    /// <summary>The tables and notes of a sensitivity analysis.</summary>
    public static LocalizedText Sensitivity { get; } = new(SensitivityTableText.ResourceManager);

    /// <summary>What a long command says it is doing while it works.</summary>
    public static LocalizedText Progress { get; } = new(ProgressText.ResourceManager);
}
