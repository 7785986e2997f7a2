using DtiRules.Language.Resources;

namespace DtiRules.Language.Diagnostics;

/// <summary>
/// The catalogue of ruleset diagnostics. Codes are stable: DR0xxx syntax, DR1xxx names,
/// DR2xxx types and structure, DR3xxx scoring. Data diagnostics (DR4xxx) live with the readers.
/// Titles and messages are in <c>Resources/DiagnosticText.resx</c> (and its Vietnamese
/// <c>.vi.resx</c>) under <c>CODE_Title</c> and <c>CODE_Message</c>; every message ends by saying
/// how to fix the problem.
/// </summary>
public static partial class DiagnosticDescriptors
{
    private static DiagnosticDescriptor Error(string code) => new(code, Severity.Error, DiagnosticTexts.Messages);

    private static DiagnosticDescriptor Warning(string code) => new(code, Severity.Warning, DiagnosticTexts.Messages);
}
