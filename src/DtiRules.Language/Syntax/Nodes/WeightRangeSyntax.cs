using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>weight node 80..120</c>: the node's max points vary over the range.</summary>
/// <param name="Node">The node whose weight varies.</param>
/// <param name="Low">The smallest max points.</param>
/// <param name="High">The largest max points.</param>
/// <param name="Span">The whole factor.</param>
public sealed record WeightRangeSyntax(IdentifierSyntax Node, NumberSyntax Low, NumberSyntax High, TextSpan Span) : UncertaintyFactorSyntax(Span);
