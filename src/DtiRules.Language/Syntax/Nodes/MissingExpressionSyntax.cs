using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>Stands where the parser found no usable expression; a diagnostic was already reported.</summary>
/// <param name="Span">Where the expression should have been.</param>
public sealed record MissingExpressionSyntax(TextSpan Span) : ExpressionSyntax(Span);
