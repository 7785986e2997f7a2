using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A quoted text (label, reason, source), unescaped and in Unicode NFC.</summary>
/// <param name="Value">The text without quotes or escapes.</param>
/// <param name="Span">Where it is written, quotes included.</param>
public sealed record StringLiteralSyntax(string Value, TextSpan Span) : SyntaxNode(Span);
