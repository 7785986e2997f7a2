using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A top-level node (a main index) as a declaration.</summary>
/// <param name="Node">The node.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record NodeRootSyntax(NodeDeclarationSyntax Node, TextSpan Span) : DeclarationSyntax(Span);
