using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>The report's dataset scored under one edition of a series.</summary>
/// <param name="Label">The edition as the report names it, e.g. <c>2022</c>.</param>
/// <param name="Result">The scoring.</param>
public sealed record ReportEdition(string Label, ScoringResult Result);
