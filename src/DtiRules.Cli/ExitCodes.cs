namespace DtiRules.Cli;

/// <summary>Process exit codes of <c>dti</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>The ruleset or data has errors (printed as diagnostics).</summary>
    public const int Errors = 1;

    /// <summary>The command line is wrong: an unknown option, a missing argument, or <c>--out</c> naming an input.</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read or written (missing, a folder, access denied, a full disk).</summary>
    public const int InputOutput = 3;
}
