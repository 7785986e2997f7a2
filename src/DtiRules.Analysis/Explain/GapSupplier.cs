namespace DtiRules.Analysis.Explain;

/// <summary>A component that could supply part of the points a unit needs, with the running total so far.</summary>
/// <param name="Component">The component.</param>
/// <param name="Cumulative">Points left on this and every earlier supplier.</param>
public sealed record GapSupplier(ComponentGap Component, decimal Cumulative);
