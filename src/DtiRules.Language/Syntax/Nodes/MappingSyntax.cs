using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>input_id: formula</c> in a map block: how older data gives this input.</summary>
/// <param name="Target">The input of this edition.</param>
/// <param name="Expression">The formula over older fields.</param>
/// <param name="Span">The whole mapping.</param>
public sealed record MappingSyntax(IdentifierSyntax Target, ExpressionSyntax Expression, TextSpan Span) : SyntaxNode(Span);
