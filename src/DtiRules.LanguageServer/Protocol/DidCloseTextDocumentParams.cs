namespace DtiRules.LanguageServer.Protocol;

/// <summary><c>textDocument/didClose</c>.</summary>
/// <param name="TextDocument">The closed document.</param>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
