using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Explain;

/// <summary>Where one unit loses points, and what it would take to reach a rank.</summary>
/// <param name="Header">The ruleset's header.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Units">How many units were scored.</param>
/// <param name="Index">The index id.</param>
/// <param name="IndexValue">The unit's published index value, or null.</param>
/// <param name="Rank">The unit's rank on the index, or null.</param>
/// <param name="TotalPoints">The unit's points over the main indices (unrounded), or null when one is missing.</param>
/// <param name="Components">Scored components with points left, most points left first (ties in tree order).</param>
/// <param name="ComponentsAtFullPoints">How many scored components left nothing.</param>
/// <param name="Target">The rank target, when one was asked for.</param>
public sealed record GapAnalysis(
    RulesetHeader Header,
    UnitIdentity Unit,
    int Units,
    string Index,
    decimal? IndexValue,
    int? Rank,
    decimal? TotalPoints,
    IReadOnlyList<ComponentGap> Components,
    int ComponentsAtFullPoints,
    RankTarget? Target)
{
    /// <summary>Points left over every component listed.</summary>
    public decimal PointsLeft => Components.Sum(c => c.PointsLeft);
}
