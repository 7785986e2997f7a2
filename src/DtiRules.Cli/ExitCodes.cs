namespace DtiRules.Cli;

/// <summary>Process exit codes of <c>dti</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>The ruleset or data has errors (printed as diagnostics).</summary>
    public const int Errors = 1;
}
