using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Analysis.Reconciliation;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>For data with rounds: per unit the index in each round, the summary, and the largest gaps with the notes kept beside them.</summary>
internal static class ReconciliationSection
{
    private const int LargestGaps = 10;

    /// <summary>Appends the section for <paramref name="reconciliation"/>.</summary>
    public static void Write(StringBuilder html, Reconciliation reconciliation)
    {
        var (first, second) = (WorkbookVocabulary.Round(reconciliation.RoundIds[0]), WorkbookVocabulary.Round(reconciliation.RoundIds[1]));
        html.Append("<section id=\"reconciliation\">\n<h2>").Append(Html.Say(nameof(ReportText.ReconciliationHeading), Html.Text(first), Html.Text(second))).Append("</h2>\n");
        foreach (var unit in reconciliation.UnitsByGap)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Text(unit.Unit.Name)}</h3>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{Html.Text(first)}</strong> {Html.Number(ResultNumbers.Value(unit.Values[0], 4))} ({Html.Say(nameof(ReportText.PointsCount), Html.Number(ResultNumbers.Points(unit.Index.Points[0])))}) → ");
            html.Append(CultureInfo.InvariantCulture, $"<strong>{Html.Text(second)}</strong> {Html.Number(ResultNumbers.Value(unit.Values[1], 4))} ({Html.Say(nameof(ReportText.PointsCount), Html.Number(ResultNumbers.Points(unit.Index.Points[1])))}): ");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"{EditionsSection.ChangeClass(unit.Index.Difference)}\">{Html.Number(ResultNumbers.Change(unit.Index.ValueEffect, 4))}</span></p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{Html.Text(unit.Summary)}</p>\n");
            var gaps = unit.Criteria.Where(c => c.Differs).Take(LargestGaps).ToList();
            if (gaps.Count == 0)
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<table class=\"sortable\">\n<thead><tr><th class=\"text\">{Html.Say(nameof(ReportText.Code))}</th><th class=\"text\">{Html.Say(nameof(ReportText.Criterion))}</th><th data-type=\"number\">{Html.Say(nameof(ReportText.MaxPoints))}</th>");
            html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Text(first)}</th><th data-type=\"number\">{Html.Text(second)}</th><th data-type=\"number\">{Html.Say(nameof(ReportText.Difference))}</th>");
            foreach (var header in reconciliation.NoteHeaders)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th>{Html.Text(header)}</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var gap in gaps)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"text\">{Html.Text(gap.Code.Length > 0 ? gap.Code : gap.Id)}</td><td class=\"text\">{Html.Text(gap.Label)}</td>").Append(Html.NumberCell(ResultNumbers.Points(gap.Max)));
                html.Append(Html.NumberCell(ResultNumbers.Points(gap.Points[0]))).Append(Html.NumberCell(ResultNumbers.Points(gap.Points[1])));
                html.Append(Html.NumberCell(ResultNumbers.Points(gap.Difference), EditionsSection.ChangeClass(gap.Difference)));
                foreach (var note in gap.Notes)
                {
                    // Notes keep their line breaks, as the office wrote them.
                    html.Append(CultureInfo.InvariantCulture, $"<td class=\"text\" style=\"white-space: pre-line\">{Html.Text(note)}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }
}
