using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>unit "…"</c>: the unit of measure shown beside values.</summary>
/// <param name="Text">The unit text.</param>
/// <param name="Span">The whole option.</param>
public sealed record UnitOptionSyntax(StringLiteralSyntax Text, TextSpan Span) : InputOptionSyntax(Span);
