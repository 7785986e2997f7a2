using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A name in a formula (<c>ht_cap_quang</c>) or a level member (<c>chair_level.deputy</c>).</summary>
/// <param name="Name">The name, or the level type for a member.</param>
/// <param name="Member">The member after the dot, if any.</param>
/// <param name="Span">Where it is written.</param>
public sealed record ReferenceExpressionSyntax(IdentifierSyntax Name, IdentifierSyntax? Member, TextSpan Span) : ExpressionSyntax(Span);
