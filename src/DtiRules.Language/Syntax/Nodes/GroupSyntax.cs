using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>group NAME</c>: a free tag such as foundation or activity.</summary>
/// <param name="Name">The group name.</param>
/// <param name="Span">The whole clause.</param>
public sealed record GroupSyntax(IdentifierSyntax Name, TextSpan Span) : NodeItemSyntax(Span);
