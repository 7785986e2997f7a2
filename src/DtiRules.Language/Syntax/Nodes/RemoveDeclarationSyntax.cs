using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>remove node a, b</c>: takes declarations of the base edition out.</summary>
/// <param name="Kind">What is removed.</param>
/// <param name="Names">The ids removed.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record RemoveDeclarationSyntax(RemovalKind Kind, ImmutableArray<IdentifierSyntax> Names, TextSpan Span) : DeclarationSyntax(Span);
