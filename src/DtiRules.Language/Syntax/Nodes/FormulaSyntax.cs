using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>score = expr</c> in a node or <c>value = expr</c> in an output.</summary>
/// <param name="Expression">The formula.</param>
/// <param name="Span">The whole clause.</param>
public sealed record FormulaSyntax(ExpressionSyntax Expression, TextSpan Span) : NodeItemSyntax(Span);
