using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A <c>key value</c> pair of the ruleset header.</summary>
/// <param name="Key">The property name.</param>
/// <param name="ValueKind">How the value is written.</param>
/// <param name="Value">The value's text (unquoted for strings).</param>
/// <param name="ValueSpan">Where the value is written.</param>
/// <param name="Span">The whole property.</param>
public sealed record PropertySyntax(IdentifierSyntax Key, PropertyValueKind ValueKind, string Value, TextSpan ValueSpan, TextSpan Span)
    : SyntaxNode(Span);
