using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>One arm of a level table: <c>deputy: 5</c>.</summary>
/// <param name="Member">The level member.</param>
/// <param name="Value">Its points.</param>
/// <param name="Span">Where it is written.</param>
public sealed record LevelArmSyntax(IdentifierSyntax Member, ExpressionSyntax Value, TextSpan Span) : SyntaxNode(Span);
