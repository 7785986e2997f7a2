namespace DtiRules.Analysis.Snapshots;

/// <summary>One line of a unit's block: <c>rank dti 5</c>, <c>output dti 0.6512</c>, <c>node nt_01 1.0000 10</c>.</summary>
/// <param name="Kind">rank, output or node.</param>
/// <param name="Id">The output or node id.</param>
/// <param name="Text">The value(s) as written.</param>
public sealed record SnapshotEntry(string Kind, string Id, string Text);
