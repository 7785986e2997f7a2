using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>rename node OLD to NEW</c>: a new id for a node of the base edition; the old id stays an alias.</summary>
/// <param name="OldName">The id in the base edition.</param>
/// <param name="NewName">The id in this edition.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record RenameNodeSyntax(IdentifierSyntax OldName, IdentifierSyntax NewName, TextSpan Span) : DeclarationSyntax(Span);
