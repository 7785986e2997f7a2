using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>override output ID "label" { … }</c>: changes an output of the base edition.</summary>
/// <param name="IsIndex">True when written <c>override index</c>.</param>
/// <param name="Name">The output changed.</param>
/// <param name="Label">A new label, or null to keep it.</param>
/// <param name="Items">Clauses that replace the output's own.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record OverrideOutputSyntax(bool IsIndex, IdentifierSyntax Name, StringLiteralSyntax? Label, ImmutableArray<NodeItemSyntax> Items, TextSpan Span)
    : DeclarationSyntax(Span);
