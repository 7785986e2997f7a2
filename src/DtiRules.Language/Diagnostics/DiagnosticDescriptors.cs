namespace DtiRules.Language.Diagnostics;

/// <summary>
/// The catalogue of ruleset diagnostics. Codes are stable: DR0xxx syntax, DR1xxx names,
/// DR2xxx types and structure, DR3xxx scoring. Data diagnostics (DR4xxx) live with the readers.
/// Every message ends by saying how to fix the problem.
/// </summary>
public static partial class DiagnosticDescriptors
{
    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, Severity.Error, title, format);

    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, Severity.Warning, title, format);
}
