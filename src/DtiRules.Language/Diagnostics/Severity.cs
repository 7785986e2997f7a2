namespace DtiRules.Language.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Something worth knowing that needs no change.</summary>
    Info,

    /// <summary>Likely a mistake; the ruleset still runs.</summary>
    Warning,

    /// <summary>The ruleset or data cannot be used until this is fixed.</summary>
    Error,
}
