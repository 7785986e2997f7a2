using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>-x</c> or <c>not x</c>.</summary>
/// <param name="Operator">Negate or Not.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Span">Where it is written.</param>
public sealed record UnaryExpressionSyntax(SyntaxOperator Operator, ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span);
