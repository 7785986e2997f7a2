namespace DtiRules.LanguageServer.Protocol;

/// <summary>A diagnostic as the protocol publishes it.</summary>
/// <param name="Range">Where it is.</param>
/// <param name="Severity">1 error, 2 warning, 3 information, 4 hint.</param>
/// <param name="Code">The stable DtiRules code.</param>
/// <param name="Source">Always <c>dti</c>.</param>
/// <param name="Message">The message with its fix hint.</param>
/// <param name="RelatedInformation">Other places the message speaks of, or null.</param>
/// <param name="Data">What the code actions need (the names a "did you mean" offers), or null.</param>
public sealed record LspDiagnostic(
    Range Range, int Severity, string? Code, string Source, string Message, IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation = null,
    LspDiagnosticData? Data = null);
