namespace DtiRules.LanguageServer.Protocol;

/// <summary>Names a document.</summary>
/// <param name="Uri">The document's URI.</param>
public sealed record TextDocumentIdentifier(string Uri);
