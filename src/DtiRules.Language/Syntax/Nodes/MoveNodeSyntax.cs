using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>move node ID to PARENT</c>: gives a node of the base edition a new parent.</summary>
/// <param name="Name">The node moved.</param>
/// <param name="NewParent">Its new parent.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record MoveNodeSyntax(IdentifierSyntax Name, IdentifierSyntax NewParent, TextSpan Span) : DeclarationSyntax(Span);
