using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A formula or part of one.</summary>
/// <param name="Span">The characters it covers.</param>
public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);
