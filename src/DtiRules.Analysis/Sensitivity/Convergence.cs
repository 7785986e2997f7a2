namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// The intervals computed from the first half of the samples against all of them: N was enough
/// when no unit's rank_p05 or rank_p95 moved more than <see cref="RankTolerance"/> place and,
/// with indices, no index moved more than <see cref="IndexTolerance"/>.
/// </summary>
/// <param name="LargestRankMove">The largest change of a unit's rank_p05 or rank_p95, in places.</param>
/// <param name="LargestIndexMove">The largest change of an index, or null without indices.</param>
public sealed record Convergence(int LargestRankMove, double? LargestIndexMove)
{
    /// <summary>How many places a rank percentile may move between N/2 and N.</summary>
    public const int RankTolerance = 1;

    /// <summary>How far an index may move between N/2 and N.</summary>
    public const double IndexTolerance = 0.05;

    /// <summary>True when N samples were enough.</summary>
    public bool IsEnough => LargestRankMove <= RankTolerance && (LargestIndexMove ?? 0) <= IndexTolerance;
}
