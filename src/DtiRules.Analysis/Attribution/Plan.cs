using DtiRules.Scoring;

namespace DtiRules.Analysis.Attribution;

/// <summary>Input changes that take a unit to a target rank, or as far as the realism level allows.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="TargetRank">The rank asked for.</param>
/// <param name="Realism">How far inputs may go.</param>
/// <param name="RankBefore">The unit's rank with its data.</param>
/// <param name="RankAfter">Its rank with the plan applied.</param>
/// <param name="ValueBefore">Its index with its data.</param>
/// <param name="ValueAfter">Its index with the plan applied.</param>
/// <param name="Steps">The changes, cheapest first.</param>
public sealed record Plan(
    UnitIdentity Unit, int TargetRank, Realism Realism, int? RankBefore, int? RankAfter, decimal? ValueBefore, decimal? ValueAfter, IReadOnlyList<PlanStep> Steps)
{
    /// <summary>True when the plan reaches the target rank (or the unit is there already).</summary>
    public bool Reached => RankAfter is { } rank && rank <= TargetRank;
}
