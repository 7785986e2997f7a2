namespace DtiRules.Analysis.Reconciliation;

/// <summary>One compared line: the index, a group or a criterion, in each round.</summary>
/// <param name="Level">Index, group or criterion.</param>
/// <param name="Id">The node id (the index's output id for the index).</param>
/// <param name="Code">The sheet's code (<c>4.12</c>), empty where there was none.</param>
/// <param name="Label">The label, as the ruleset has it.</param>
/// <param name="Max">The max points (the scale for the index).</param>
/// <param name="Points">The points in each round, in the order of the rounds; null where there are none.</param>
/// <param name="Difference">The second round's points minus the first's; null when either is missing.</param>
/// <param name="ValueEffect">The difference's effect on the 0–1 index value; for the index, the difference of the published values.</param>
/// <param name="Notes">The text kept beside the line (status, person in charge, deadline, evidence), one per note header, as written.</param>
public sealed record ReconciliationRow(
    ReconciliationLevel Level,
    string Id,
    string Code,
    string Label,
    decimal Max,
    IReadOnlyList<decimal?> Points,
    decimal? Difference,
    decimal? ValueEffect,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when both rounds have points and they differ.</summary>
    public bool Differs => Difference is { } d && d != 0m;
}
