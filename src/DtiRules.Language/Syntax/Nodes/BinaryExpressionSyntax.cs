using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>a op b</c>.</summary>
/// <param name="Left">Left operand.</param>
/// <param name="Operator">The operator.</param>
/// <param name="OperatorSpan">Where the operator is written, for diagnostics.</param>
/// <param name="Right">Right operand.</param>
/// <param name="Span">Where the whole expression is written.</param>
public sealed record BinaryExpressionSyntax(ExpressionSyntax Left, SyntaxOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Right, TextSpan Span)
    : ExpressionSyntax(Span);
