using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>output ID "label" { … }</c> or <c>index ID "label" { … }</c>: a published value.</summary>
/// <param name="IsIndex">True for the headline <c>index</c>.</param>
/// <param name="Name">The output id.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Items">Provenance and <c>value = …</c>, in written order.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record OutputDeclarationSyntax(
    bool IsIndex, IdentifierSyntax Name, StringLiteralSyntax Label, ImmutableArray<NodeItemSyntax> Items, TextSpan Span)
    : DeclarationSyntax(Span);
