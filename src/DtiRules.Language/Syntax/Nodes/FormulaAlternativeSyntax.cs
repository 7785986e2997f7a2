using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>One alternative formula of a node: <c>"label": formula</c>, with its weight if written.</summary>
/// <param name="Label">What the alternative is called in results.</param>
/// <param name="Expression">The formula.</param>
/// <param name="Weight">How likely it is against the others, or null for 1.</param>
/// <param name="Span">The alternative.</param>
public sealed record FormulaAlternativeSyntax(StringLiteralSyntax Label, ExpressionSyntax Expression, NumberSyntax? Weight, TextSpan Span) : SyntaxNode(Span);
