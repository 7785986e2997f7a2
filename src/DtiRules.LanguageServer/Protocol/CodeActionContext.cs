namespace DtiRules.LanguageServer.Protocol;

/// <summary>The diagnostics a code action request is about.</summary>
/// <param name="Diagnostics">The diagnostics, as published.</param>
public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics);
