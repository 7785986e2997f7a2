using DtiRules.Analysis.Attribution;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>One unit of an edition comparison.</summary>
/// <param name="Unit">The unit (as the NEW data names it).</param>
/// <param name="Values">The index in the four states; (A, OLD) and (B, NEW) are the old and new values.</param>
/// <param name="Ranks">The rank in the four states.</param>
/// <param name="Change">The change split in the chosen order, or null when any of the four index values is missing.</param>
/// <param name="DataFirst">The change split data first, or null.</param>
/// <param name="RulesFirst">The change split rules first, or null.</param>
/// <param name="RankChange">The rank change in places (+ is up) split in the chosen order, or null when the unit is unranked in a state.</param>
/// <param name="ComponentsUp">Leaf nodes of both editions whose value rose from (A, OLD) to (B, NEW).</param>
/// <param name="ComponentsDown">Leaf nodes of both editions whose value fell.</param>
public sealed record ComparisonRow(
    UnitIdentity Unit, FourStates<decimal?> Values, FourStates<int?> Ranks, EffectSplit? Change, EffectSplit? DataFirst, EffectSplit? RulesFirst, EffectSplit? RankChange, int ComponentsUp, int ComponentsDown)
{
    /// <summary>The index under A on OLD.</summary>
    public decimal? OldValue => Values.OldRulesOldData;

    /// <summary>The index under B on NEW.</summary>
    public decimal? NewValue => Values.NewRulesNewData;

    /// <summary>The rank under A on OLD.</summary>
    public int? OldRank => Ranks.OldRulesOldData;

    /// <summary>The rank under B on NEW.</summary>
    public int? NewRank => Ranks.NewRulesNewData;
}
