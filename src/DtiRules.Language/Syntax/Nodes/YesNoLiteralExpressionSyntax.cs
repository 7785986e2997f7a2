using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>yes</c> or <c>no</c>.</summary>
/// <param name="Value">True for yes.</param>
/// <param name="Span">Where it is written.</param>
public sealed record YesNoLiteralExpressionSyntax(bool Value, TextSpan Span) : ExpressionSyntax(Span);
