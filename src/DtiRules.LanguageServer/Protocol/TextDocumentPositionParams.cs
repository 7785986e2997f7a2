namespace DtiRules.LanguageServer.Protocol;

/// <summary>A position in a document: hover, definition, completion, references and rename carry one.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The position.</param>
/// <param name="NewName">For rename, the new name; otherwise null.</param>
/// <param name="Context">For references, whether to list the declaration; otherwise null.</param>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position, string? NewName = null, ReferenceContext? Context = null);
