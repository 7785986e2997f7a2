using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A number written in a declaration (edition, max points, range bound, tier threshold).</summary>
/// <param name="Value">The value.</param>
/// <param name="Text">The text as written, kept for the formatter.</param>
/// <param name="Span">Where it is written.</param>
public sealed record NumberSyntax(decimal Value, string Text, TextSpan Span) : SyntaxNode(Span);
