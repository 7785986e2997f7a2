namespace DtiRules.Analysis.Snapshots;

/// <summary>One unit's block of a snapshot.</summary>
/// <param name="Code">The unit's code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Ranks">Its ranks, one per ranked output.</param>
/// <param name="Values">Its outputs' values and its nodes' values and points.</param>
public sealed record SnapshotUnit(string Code, string Name, IReadOnlyList<SnapshotEntry> Ranks, IReadOnlyList<SnapshotEntry> Values);
