using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>input ID: TYPE "label" options</c>: a value the data supplies per unit.</summary>
/// <param name="Name">The input id (also its column name in data).</param>
/// <param name="Type">The declared type.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Options">Range, unit and missing-data options in written order.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record InputDeclarationSyntax(
    IdentifierSyntax Name, InputTypeSyntax Type, StringLiteralSyntax Label, ImmutableArray<InputOptionSyntax> Options, TextSpan Span)
    : DeclarationSyntax(Span);
