using DtiRules.Language.Text;

namespace DtiRules.Analysis.Explain;

/// <summary>
/// One entry of an explanation: an output or a node with the unit's result, its formula and
/// where it is written, what the formula read, and the entries below it.
/// </summary>
/// <param name="Kind">Index, another output, or a node.</param>
/// <param name="Id">The id.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Value">The published 0–1 value, or null (missing, or a node worth no points).</param>
/// <param name="Points">
/// Points earned, rounded to 4 decimals as results show them; for an output, the points of the
/// nodes its formula reads. Null when missing or not made of points.
/// </param>
/// <param name="MaxPoints">The most points it can earn; null when not made of points.</param>
/// <param name="Rank">The unit's rank on a ranked output, or null.</param>
/// <param name="RankedUnits">How many units have a rank on that output, or null.</param>
/// <param name="Flags">Flag names of the cell (given, missing, imputed, clamped…).</param>
/// <param name="Formula">The formula, canonically printed (<c>sum of children</c> for a node without one).</param>
/// <param name="Location">Where the formula (or the node, when it has none) is written.</param>
/// <param name="Inputs">The inputs the formula reads, in written order.</param>
/// <param name="Reads">The nodes, outputs and total the formula reads, in written order.</param>
/// <param name="Cohorts">The statistic each cohort call of the formula used, in written order.</param>
/// <param name="Children">The entries below, in tree order; empty beyond the depth asked for.</param>
/// <param name="ChildrenNotShown">How many entries below were left out by the depth limit.</param>
public sealed record ExplainedNode(
    ExplainedNodeKind Kind,
    string Id,
    string Label,
    decimal? Value,
    decimal? Points,
    decimal? MaxPoints,
    int? Rank,
    int? RankedUnits,
    IReadOnlyList<string> Flags,
    string Formula,
    SourceLocation Location,
    IReadOnlyList<ExplainedInput> Inputs,
    IReadOnlyList<ExplainedRead> Reads,
    IReadOnlyList<CohortStatistic> Cohorts,
    IReadOnlyList<ExplainedNode> Children,
    int ChildrenNotShown)
{
    /// <summary>True for a node without a formula of its own: its points are the sum of its children's.</summary>
    public bool SumsChildren => Formula == Diff.FormulaText.SumOfChildren;

    /// <summary>Points left on the table: max − earned (all of max when nothing was earned); null when not made of points.</summary>
    public decimal? PointsLeft => MaxPoints is { } max ? max - (Points ?? 0m) : null;
}
