using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>One unit of an edition comparison.</summary>
/// <param name="Unit">The unit (as the NEW data names it).</param>
/// <param name="OldValue">The index under A on OLD.</param>
/// <param name="NewValue">The index under B on NEW.</param>
/// <param name="OldRank">The rank under A on OLD.</param>
/// <param name="NewRank">The rank under B on NEW.</param>
/// <param name="Change">The decomposed change, or null when any of the four index values is missing.</param>
/// <param name="ComponentsUp">Leaf nodes of both editions whose value rose from (A, OLD) to (B, NEW).</param>
/// <param name="ComponentsDown">Leaf nodes of both editions whose value fell.</param>
public sealed record ComparisonRow(
    UnitIdentity Unit, decimal? OldValue, decimal? NewValue, int? OldRank, int? NewRank, Decomposition? Change, int ComponentsUp, int ComponentsDown);
