namespace DtiRules.LanguageServer.Protocol;

/// <summary><c>textDocument/codeAction</c>: the range and the diagnostics the client shows there.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Range">The selected range.</param>
/// <param name="Context">The diagnostics at the range.</param>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);
