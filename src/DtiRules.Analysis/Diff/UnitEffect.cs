namespace DtiRules.Analysis.Diff;

/// <summary>One unit's published index value and rank under the old and the new edition, scored on the same data.</summary>
/// <param name="Code">The unit's statistical code.</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="OldValue">The published index value under the old edition, or null.</param>
/// <param name="OldRank">The rank under the old edition, or null.</param>
/// <param name="NewValue">The published index value under the new edition, or null.</param>
/// <param name="NewRank">The rank under the new edition, or null.</param>
public sealed record UnitEffect(string Code, string Unit, decimal? OldValue, int? OldRank, decimal? NewValue, int? NewRank)
{
    /// <summary>New value minus old value, or null when either is missing.</summary>
    public decimal? ValueChange => NewValue - OldValue;

    /// <summary>Places gained: old rank minus new rank, so a unit that climbs from 12th to 7th has +5; null when either is missing.</summary>
    public int? RankChange => OldRank - NewRank;
}
