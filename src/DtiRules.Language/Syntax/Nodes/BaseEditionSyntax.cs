using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>extends ID YEAR</c> in a header: the edition this one changes.</summary>
/// <param name="Name">The base ruleset's id.</param>
/// <param name="Edition">The base edition.</param>
/// <param name="Span">The whole clause.</param>
public sealed record BaseEditionSyntax(IdentifierSyntax Name, NumberSyntax Edition, TextSpan Span) : SyntaxNode(Span);
