namespace DtiRules.LanguageServer.Protocol;

/// <summary><c>textDocument/didOpen</c>.</summary>
/// <param name="TextDocument">The opened document.</param>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
