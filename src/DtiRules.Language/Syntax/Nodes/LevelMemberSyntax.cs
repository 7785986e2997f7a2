using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>One member of a level type: <c>deputy "Cấp phó"</c>.</summary>
/// <param name="Name">The member id.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Span">The whole member.</param>
public sealed record LevelMemberSyntax(IdentifierSyntax Name, StringLiteralSyntax Label, TextSpan Span) : SyntaxNode(Span);
