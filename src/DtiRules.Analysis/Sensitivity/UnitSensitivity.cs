using DtiRules.Scoring;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>How one unit's index and rank spread over the samples. Percentiles are nearest-rank: the smallest sample value with at least that share of the samples at or below it.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Value">The index's value under the ruleset as written (null when the unit has none).</param>
/// <param name="Rank">The rank under the ruleset as written.</param>
/// <param name="RankMedian">The median rank over the samples.</param>
/// <param name="RankP05">The 5th percentile of the rank (the best ranks).</param>
/// <param name="RankP95">The 95th percentile of the rank.</param>
/// <param name="ValueP05">The 5th percentile of the value.</param>
/// <param name="ValueP95">The 95th percentile of the value.</param>
/// <param name="TopShare">The share of samples that rank the unit K or better.</param>
/// <param name="Stability">How far the rank moves.</param>
public sealed record UnitSensitivity(
    UnitIdentity Unit,
    decimal? Value,
    int? Rank,
    int? RankMedian,
    int? RankP05,
    int? RankP95,
    decimal? ValueP05,
    decimal? ValueP95,
    decimal? TopShare,
    StabilityClass? Stability)
{
    /// <summary>The widest interval that still <see cref="StabilityClass.MovesALittle"/> among <paramref name="unitCount"/> units: 5% of them, at least 2 places.</summary>
    public static int LittleMovement(int unitCount) => Math.Max(2, (int)Math.Ceiling(unitCount * 0.05m));
}
