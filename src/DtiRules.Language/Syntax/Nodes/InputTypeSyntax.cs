using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>An input's type as written: <c>percent</c>, <c>count</c>, <c>level(chair_level)</c>.</summary>
/// <param name="Kind">The type keyword.</param>
/// <param name="LevelType">For <c>level(L)</c>, the level type id.</param>
/// <param name="Span">The whole type.</param>
public sealed record InputTypeSyntax(IdentifierSyntax Kind, IdentifierSyntax? LevelType, TextSpan Span) : SyntaxNode(Span);
