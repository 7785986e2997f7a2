using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;

namespace DtiRules.Scoring;

/// <summary><c>total</c>: the sum of the scored top-level nodes' points, missing for a unit when one of them is.</summary>
internal static class Totals
{
    /// <summary>Every unit's total, from the final points of <paramref name="scoredRoots"/>.</summary>
    public static Column Of(IReadOnlyList<NodeSymbol> scoredRoots, Column[] points, int units)
    {
        var total = new Column(units);
        Array.Fill(total.Present, true);
        foreach (var root in scoredRoots)
        {
            var column = points[root.Ordinal];
            for (var u = 0; u < units; u++)
            {
                total.Present[u] &= column.Present[u];
                total.Values[u] += column.Values[u];
            }
        }

        return total;
    }
}
