using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>expect "Hà Nội" points(nt_01) == 10 within 0.01</c>.</summary>
/// <param name="Unit">The unit the result is about.</param>
/// <param name="Function">points, value or rank; null for a bare id (an output's or node's value).</param>
/// <param name="Target">The node or output.</param>
/// <param name="Expected">The expected number.</param>
/// <param name="Tolerance">The tolerance, or null for an exact match.</param>
/// <param name="IsRelative">True when the tolerance is a percentage of the expected value.</param>
/// <param name="Span">The whole expectation.</param>
public sealed record ExpectationSyntax(
    StringLiteralSyntax Unit, IdentifierSyntax? Function, IdentifierSyntax Target, NumberSyntax Expected, NumberSyntax? Tolerance, bool IsRelative, TextSpan Span)
    : SyntaxNode(Span);
