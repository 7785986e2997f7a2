using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>One unit of a rescore matrix.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Values">The index value under each edition, in edition order; null where not scored.</param>
/// <param name="Ranks">The rank under each edition.</param>
/// <param name="Shifts">Between each edition and the next: earlier rank − later rank, so +3 is three places up.</param>
public sealed record RescoreRow(UnitIdentity Unit, IReadOnlyList<decimal?> Values, IReadOnlyList<int?> Ranks, IReadOnlyList<int?> Shifts);
