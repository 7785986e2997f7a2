using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>uncertainty { … }</c>: the factors a sensitivity run may vary.</summary>
/// <param name="Factors">The factors in written order.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record UncertaintyDeclarationSyntax(ImmutableArray<UncertaintyFactorSyntax> Factors, TextSpan Span) : DeclarationSyntax(Span);
