namespace DtiRules.LanguageServer.Protocol;

/// <summary>One change: the whole new text, or the text that replaces a range.</summary>
/// <param name="Range">The range replaced, or null when <paramref name="Text"/> is the whole document.</param>
/// <param name="Text">The new text.</param>
public sealed record TextDocumentContentChangeEvent(Range? Range, string? Text);
