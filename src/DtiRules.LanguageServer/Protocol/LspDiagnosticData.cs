namespace DtiRules.LanguageServer.Protocol;

/// <summary>What the server keeps on a diagnostic for its code actions; the client sends it back unchanged.</summary>
/// <param name="Suggestions">The names the diagnostic's "did you mean" offers, the closest first.</param>
public sealed record LspDiagnosticData(IReadOnlyList<string> Suggestions);
