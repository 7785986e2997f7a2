using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>test "name" { unit … expect … }</c>: data for a few units and the results they must give.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Units">The units and their data.</param>
/// <param name="Expectations">The results expected.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record TestDeclarationSyntax(
    StringLiteralSyntax Name, ImmutableArray<TestUnitSyntax> Units, ImmutableArray<ExpectationSyntax> Expectations, TextSpan Span)
    : DeclarationSyntax(Span);
