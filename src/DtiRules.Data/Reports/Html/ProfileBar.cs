namespace DtiRules.Data.Reports.Html;

/// <summary>One bar of a unit's profile.</summary>
/// <param name="Label">The main index's label.</param>
/// <param name="Value">The unit's published 0–1 value, or null.</param>
/// <param name="Median">The cohort's median value, or null.</param>
/// <param name="Best">The cohort's best value, or null.</param>
internal sealed record ProfileBar(string Label, decimal? Value, decimal? Median, decimal? Best);
