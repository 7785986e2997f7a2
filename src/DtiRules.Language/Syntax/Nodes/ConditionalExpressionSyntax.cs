using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>if c then a else b</c>.</summary>
/// <param name="Condition">The yes/no test.</param>
/// <param name="WhenTrue">Value when the test holds.</param>
/// <param name="WhenFalse">Value otherwise.</param>
/// <param name="Span">Where it is written.</param>
public sealed record ConditionalExpressionSyntax(ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse, TextSpan Span)
    : ExpressionSyntax(Span);
