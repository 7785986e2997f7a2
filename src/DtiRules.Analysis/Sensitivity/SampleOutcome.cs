namespace DtiRules.Analysis.Sensitivity;

/// <summary>What one run gave: each unit's published index value and rank (null where it has none).</summary>
/// <param name="Values">Per unit, the index's published value.</param>
/// <param name="Ranks">Per unit, the competition rank on the index.</param>
/// <param name="HasErrors">True when the run reported an error, so some values may be missing.</param>
internal sealed record SampleOutcome(decimal?[] Values, int?[] Ranks, bool HasErrors);
