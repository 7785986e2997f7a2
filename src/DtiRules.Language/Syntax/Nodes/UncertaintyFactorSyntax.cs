using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>One factor of an <c>uncertainty</c> block.</summary>
/// <param name="Span">The whole factor.</param>
public abstract record UncertaintyFactorSyntax(TextSpan Span) : SyntaxNode(Span);
