using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// Scored siblings at least one of which has a weight factor: the children of one node, or the
/// main indices. Their maxes are rescaled together so they keep adding up to what they did.
/// </summary>
/// <param name="Siblings">The scored siblings.</param>
/// <param name="Varied">Per sibling, the position of its weight factor among the design's weights, or −1.</param>
/// <param name="Depth">The siblings' depth in the tree; deeper groups are given first.</param>
internal sealed record WeightGroup(IReadOnlyList<NodeSymbol> Siblings, int[] Varied, int Depth)
{
    /// <summary>What the siblings' maxes add up to, kept by every draw.</summary>
    public decimal Total { get; } = Siblings.Sum(s => s.MaxPoints);

    /// <summary>The siblings' maxes for drawn <paramref name="maxes"/>: drawn or as written, then rescaled to <see cref="Total"/>.</summary>
    public decimal[] Rescaled(decimal[] maxes)
    {
        var drawn = new decimal[Siblings.Count];
        var sum = 0m;
        for (var i = 0; i < drawn.Length; i++)
        {
            drawn[i] = Varied[i] >= 0 ? maxes[Varied[i]] : Siblings[i].MaxPoints;
            sum += drawn[i];
        }

        for (var i = 0; i < drawn.Length; i++)
        {
            drawn[i] = drawn[i] * Total / sum;
        }

        return drawn;
    }
}
