namespace DtiRules.Cli;

/// <summary>How scored units are turned into other units before results are shown: merged by a map, or rolled up to their parents.</summary>
/// <param name="MapPath">The unit map (<c>--units-map</c>), or null to roll up to the parents (<c>--rollup parent</c>).</param>
/// <param name="WeightColumn">The data column that weights the mean (<c>--merge-weight</c>, <c>--rollup-weight</c>), or null for the plain mean.</param>
internal sealed record UnitChange(string? MapPath, string? WeightColumn)
{
    /// <summary>True when units go to their parents rather than through a map.</summary>
    public bool ToParents => MapPath is null;
}
