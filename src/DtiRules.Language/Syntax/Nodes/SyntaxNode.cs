using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A node of the syntax tree: immutable, with the span of text it was built from.</summary>
/// <param name="Span">The characters this node covers.</param>
public abstract record SyntaxNode(TextSpan Span);
