using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>node ID "label" max N { … }</c>: a scored node; it may hold child nodes.</summary>
/// <param name="Name">The node id.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="MaxPoints">Max points.</param>
/// <param name="Items">Children, provenance, group, policy and formula, in written order.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record NodeDeclarationSyntax(
    IdentifierSyntax Name, StringLiteralSyntax Label, NumberSyntax MaxPoints, ImmutableArray<NodeItemSyntax> Items, TextSpan Span)
    : NodeItemSyntax(Span);
