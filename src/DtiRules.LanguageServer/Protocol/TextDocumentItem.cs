namespace DtiRules.LanguageServer.Protocol;

/// <summary>A document the client opened, with its whole text.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="LanguageId">The language, <c>dti</c>.</param>
/// <param name="Version">The version.</param>
/// <param name="Text">The whole text.</param>
public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string? Text);
