using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>One arm of a tier table: <c>&gt;= 80: 20</c>.</summary>
/// <param name="Operator">The comparison with the threshold.</param>
/// <param name="Threshold">The constant threshold.</param>
/// <param name="Value">The points when the comparison holds.</param>
/// <param name="Span">Where it is written.</param>
public sealed record TierArmSyntax(SyntaxOperator Operator, NumberSyntax Threshold, ExpressionSyntax Value, TextSpan Span) : SyntaxNode(Span);
