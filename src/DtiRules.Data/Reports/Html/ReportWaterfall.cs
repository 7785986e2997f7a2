namespace DtiRules.Data.Reports.Html;

/// <summary>One unit's value from one edition to the next, step by step through the changes the later edition writes.</summary>
/// <param name="Unit">The unit's name.</param>
/// <param name="Start">Its published index under the earlier edition.</param>
/// <param name="End">Its published index under the later edition.</param>
/// <param name="Steps">Each change's label, contribution and whether it lacks data; the contributions add up to <paramref name="End"/> − <paramref name="Start"/>.</param>
public sealed record ReportWaterfall(string Unit, decimal Start, decimal End, IReadOnlyList<(string Label, decimal Contribution, bool DataMissing)> Steps);
