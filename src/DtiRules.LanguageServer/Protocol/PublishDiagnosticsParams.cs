namespace DtiRules.LanguageServer.Protocol;

/// <summary>The diagnostics of one document, replacing those published before.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The version they were computed for, or null.</param>
/// <param name="Diagnostics">Every diagnostic of the document.</param>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);
