using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>( expr )</c>, kept so the formatter can print what the author wrote.</summary>
/// <param name="Inner">The expression inside.</param>
/// <param name="Span">Where it is written, parentheses included.</param>
public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner, TextSpan Span) : ExpressionSyntax(Span);
