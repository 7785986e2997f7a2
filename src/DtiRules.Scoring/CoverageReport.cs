using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Scoring;

/// <summary>How much of a run's result came from real data rather than from the missing-data policies.</summary>
/// <param name="Share">Share (0–1) of the scale's points, over all units, computed from data (given, entered or mapped).</param>
/// <param name="PerUnit">The same share for each unit, in data order.</param>
/// <param name="PolicyNodes">Nodes that fell to a missing-data policy for some unit, with how many units, in tree order.</param>
public sealed record CoverageReport(decimal Share, IReadOnlyList<decimal> PerUnit, IReadOnlyList<(NodeSymbol Node, int Units)> PolicyNodes)
{
    /// <summary>Units of a change of units (a merger, a roll-up) left out of the result because none of their units was in the data; they count in <see cref="Share"/> as units without data.</summary>
    public int UnitsLeftOut { get; init; }
}
