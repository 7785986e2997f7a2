namespace DtiRules.Data.Reports.Html;

/// <summary>How firm the ranks are, as the report draws it.</summary>
/// <param name="Notes">What was varied and how many samples, whether they were enough.</param>
/// <param name="Units">Each unit's nominal rank and rank interval, in nominal rank order.</param>
/// <param name="Factors">Each factor's first-order and total index; empty when not estimated.</param>
public sealed record ReportSensitivity(IReadOnlyList<string> Notes, IReadOnlyList<RankInterval> Units, IReadOnlyList<FactorBar> Factors);
