using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>An item inside a node's or output's braces.</summary>
/// <param name="Span">The whole item.</param>
public abstract record NodeItemSyntax(TextSpan Span) : SyntaxNode(Span);
