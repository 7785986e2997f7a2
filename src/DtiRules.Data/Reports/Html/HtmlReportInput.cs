using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>Everything an HTML report shows.</summary>
/// <param name="Result">The main scoring: the ranking, the profiles and the explain trees.</param>
/// <param name="DataName">The dataset as the user named it.</param>
/// <param name="DataNotes">The dataset's notes (e.g. that it is synthetic).</param>
/// <param name="Editions">The same data under each edition of a series, in order; empty for no series.</param>
/// <param name="Diffs">The change between each two consecutive editions; empty for no series.</param>
public sealed record HtmlReportInput(
    ScoringResult Result, string DataName, IReadOnlyList<string> DataNotes, IReadOnlyList<ReportEdition> Editions, IReadOnlyList<ReportDiff> Diffs)
{
    /// <summary>How firm the ranks are (<c>dti report --sensitivity</c>), or null when not asked for.</summary>
    public ReportSensitivity? Sensitivity { get; init; }

    /// <summary>For data with rounds of one assessment, the two rounds compared; null otherwise.</summary>
    public Analysis.Reconciliation.Reconciliation? Rounds { get; init; }
}
