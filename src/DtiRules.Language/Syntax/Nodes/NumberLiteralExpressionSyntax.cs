using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A number in a formula.</summary>
/// <param name="Number">The number.</param>
/// <param name="Span">Where it is written.</param>
public sealed record NumberLiteralExpressionSyntax(NumberSyntax Number, TextSpan Span) : ExpressionSyntax(Span);
