using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>
/// A node's max points drawn uniformly from <paramref name="Low"/>..<paramref name="High"/>; the
/// node's siblings are then rescaled so that together they keep the parent's max (the scale for
/// a main index), and each node keeps its value (points / max).
/// </summary>
/// <param name="Node">The node whose weight varies.</param>
/// <param name="Low">The smallest max points.</param>
/// <param name="High">The largest max points.</param>
/// <param name="Location">Where it is written.</param>
public sealed record WeightFactor(NodeSymbol Node, decimal Low, decimal High, SourceLocation Location)
    : UncertaintyFactor("weight " + Node.Name, Location);
