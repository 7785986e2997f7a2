using DtiRules.Scoring;

namespace DtiRules.Analysis.Explain;

/// <summary>What a unit needs to reach a rank on the index, every other unit held at its result.</summary>
/// <param name="TargetRank">The rank asked for.</param>
/// <param name="CurrentRank">The unit's rank now, or null when it has none.</param>
/// <param name="UnitAtTarget">The other unit at the target rank, whose published value has to be reached; null when already there.</param>
/// <param name="ValueNeeded">The published index value that gives the target rank (ties share a rank), or null when already there.</param>
/// <param name="PointsNeeded">The fewest total points whose index value rounds to <paramref name="ValueNeeded"/>, or null when the index is not points over a constant.</param>
/// <param name="Gap">Points still to earn (<paramref name="PointsNeeded"/> − the unit's total), or null.</param>
/// <param name="Suppliers">Components with the most points left, in that order, until their points left cover the gap.</param>
public sealed record RankTarget(
    int TargetRank, int? CurrentRank, UnitIdentity? UnitAtTarget, decimal? ValueNeeded, decimal? PointsNeeded, decimal? Gap, IReadOnlyList<GapSupplier> Suppliers)
{
    /// <summary>True when the unit is already at or above the target rank.</summary>
    public bool Reached => UnitAtTarget is null;

    /// <summary>True when the suppliers' points left cover the gap.</summary>
    public bool Covered => Gap is { } gap && Suppliers.Count > 0 && Suppliers[^1].Cumulative >= gap;
}
