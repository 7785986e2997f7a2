using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>levels ID "label" { member "label" … }</c>: an ordered scale, lowest first.</summary>
/// <param name="Name">The level type id.</param>
/// <param name="Label">Optional label.</param>
/// <param name="Members">Members, lowest first.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record LevelsDeclarationSyntax(IdentifierSyntax Name, StringLiteralSyntax? Label, ImmutableArray<LevelMemberSyntax> Members, TextSpan Span)
    : DeclarationSyntax(Span);
