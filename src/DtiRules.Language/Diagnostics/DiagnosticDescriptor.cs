using System.Globalization;

namespace DtiRules.Language.Diagnostics;

/// <summary>A kind of problem: its stable code, its severity and its message template.</summary>
/// <param name="Code">Stable code, e.g. <c>DR1001</c>. DR0xxx syntax, DR1xxx names, DR2xxx types and structure, DR3xxx scoring, DR4xxx data.</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Title">Short name of the problem, for documentation and SARIF rules.</param>
/// <param name="MessageFormat">Composite format string; it ends by saying how to fix the problem.</param>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageFormat)
{
    /// <summary>
    /// True for a file that cannot be read or written (missing, a folder, access denied, a full
    /// disk) rather than a problem in what a file says: the command exits with 3, not 1.
    /// </summary>
    public bool IsInputOutput { get; init; }

    /// <summary>Formats the message with culture-invariant arguments.</summary>
    public string FormatMessage(params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
