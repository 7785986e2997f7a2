using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>rank a, b, …</c>: outputs to rank with competition ranks.</summary>
/// <param name="Targets">The ranked outputs.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record RankDeclarationSyntax(ImmutableArray<IdentifierSyntax> Targets, TextSpan Span) : DeclarationSyntax(Span);
