using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>override node ID "label" max N { … }</c>: changes a node of the base edition.</summary>
/// <param name="Name">The node changed.</param>
/// <param name="Label">A new label, or null to keep it.</param>
/// <param name="MaxPoints">New max points, or null to keep them.</param>
/// <param name="Items">Clauses that replace the node's own, and child nodes to add or replace.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record OverrideNodeSyntax(
    IdentifierSyntax Name, StringLiteralSyntax? Label, NumberSyntax? MaxPoints, ImmutableArray<NodeItemSyntax> Items, TextSpan Span)
    : DeclarationSyntax(Span);
