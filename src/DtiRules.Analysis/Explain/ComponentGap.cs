namespace DtiRules.Analysis.Explain;

/// <summary>A scored component and the points a unit left on it.</summary>
/// <param name="Id">The component's id.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="MainIndex">The id of the main index it belongs to.</param>
/// <param name="Points">Points earned, unrounded so that points left add up exactly; null when missing (counted as none earned).</param>
/// <param name="MaxPoints">The most points it can earn.</param>
/// <param name="Flags">Flag names of the unit's cell.</param>
/// <param name="Scale">The ruleset's scale, which <see cref="ShareOfScale"/> divides by.</param>
public sealed record ComponentGap(string Id, string Label, string MainIndex, decimal? Points, decimal MaxPoints, IReadOnlyList<string> Flags, decimal Scale)
{
    /// <summary>Points left on the table: max − earned.</summary>
    public decimal PointsLeft => MaxPoints - (Points ?? 0m);

    /// <summary>The points left as a share (0–1) of the scale.</summary>
    public decimal ShareOfScale => PointsLeft / Scale;
}
