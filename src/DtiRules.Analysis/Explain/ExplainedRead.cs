namespace DtiRules.Analysis.Explain;

/// <summary>A node, an output or the total a formula reads, with the unit's figure for it.</summary>
/// <param name="Kind"><c>node</c>, <c>value</c> (a node's 0–1 value, <c>value(node)</c>), <c>output</c> or <c>total</c>.</param>
/// <param name="Id">The id read (<c>total</c> for the sum of the main indices).</param>
/// <param name="Label">The Vietnamese label, or empty for the total.</param>
/// <param name="Figure">The points (node, total) or the published value (value, output) that went in; null when missing.</param>
/// <param name="MaxPoints">The most points the node or total can have; null for values.</param>
public sealed record ExplainedRead(string Kind, string Id, string Label, decimal? Figure, decimal? MaxPoints);
