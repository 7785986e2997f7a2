namespace DtiRules.LanguageServer.Protocol;

/// <summary><c>textDocument/didChange</c>.</summary>
/// <param name="TextDocument">The document and its new version.</param>
/// <param name="ContentChanges">The changes, applied in order.</param>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent>? ContentChanges);
