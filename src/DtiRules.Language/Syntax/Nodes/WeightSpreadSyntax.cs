using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>weight node ±20%</c>: the node's max points vary by up to the percentage either way.</summary>
/// <param name="Node">The node whose weight varies.</param>
/// <param name="Percent">The spread, in percent of the node's max.</param>
/// <param name="Span">The whole factor.</param>
public sealed record WeightSpreadSyntax(IdentifierSyntax Node, NumberSyntax Percent, TextSpan Span) : UncertaintyFactorSyntax(Span);
