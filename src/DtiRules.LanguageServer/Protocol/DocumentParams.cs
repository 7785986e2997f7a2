namespace DtiRules.LanguageServer.Protocol;

/// <summary>A request about a whole document: symbols, formatting, semantic tokens.</summary>
/// <param name="TextDocument">The document.</param>
public sealed record DocumentParams(TextDocumentIdentifier TextDocument);
