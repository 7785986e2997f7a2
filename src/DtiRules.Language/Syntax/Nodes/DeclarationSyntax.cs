using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A top-level declaration: levels, input, node, output or rank.</summary>
/// <param name="Span">The whole declaration.</param>
public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);
