using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>map "label" { … }</c>: how fields of older datasets become this edition's inputs.</summary>
/// <param name="Label">What data the block is for, or null.</param>
/// <param name="Mappings">The mappings.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record MapDeclarationSyntax(StringLiteralSyntax? Label, ImmutableArray<MappingSyntax> Mappings, TextSpan Span) : DeclarationSyntax(Span);
