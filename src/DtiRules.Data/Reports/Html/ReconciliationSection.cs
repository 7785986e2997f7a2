using System.Globalization;
using System.Text;
using DtiRules.Analysis.Reconciliation;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>For data with rounds: per unit the index in each round, the summary, and the largest gaps with the notes kept beside them.</summary>
internal static class ReconciliationSection
{
    private const int LargestGaps = 10;

    /// <summary>Appends the section for <paramref name="reconciliation"/>.</summary>
    public static void Write(StringBuilder html, Reconciliation reconciliation)
    {
        var (first, second) = (reconciliation.RoundIds[0], reconciliation.RoundIds[1]);
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"reconciliation\">\n<h2>Tự đánh giá và thẩm định · {Html.Text(first)} → {Html.Text(second)}</h2>\n");
        foreach (var unit in reconciliation.UnitsByGap)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Text(unit.Unit.Name)}</h3>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{Html.Text(first)}</strong> {ResultNumbers.Value(unit.Values[0], 4)} ({ResultNumbers.Points(unit.Index.Points[0])} points) → ");
            html.Append(CultureInfo.InvariantCulture, $"<strong>{Html.Text(second)}</strong> {ResultNumbers.Value(unit.Values[1], 4)} ({ResultNumbers.Points(unit.Index.Points[1])} points): ");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"{EditionsSection.ChangeClass(unit.Index.Difference)}\">{ResultNumbers.Change(unit.Index.ValueEffect, 4)}</span></p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{Html.Text(unit.Summary)}</p>\n");
            var gaps = unit.Criteria.Where(c => c.Differs).Take(LargestGaps).ToList();
            if (gaps.Count == 0)
            {
                continue;
            }

            html.Append("<table class=\"sortable\">\n<thead><tr><th>code</th><th>criterion</th><th>max</th>");
            html.Append(CultureInfo.InvariantCulture, $"<th>{Html.Text(first)}</th><th>{Html.Text(second)}</th><th>difference</th>");
            foreach (var header in reconciliation.NoteHeaders)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th>{Html.Text(header)}</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var gap in gaps)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Text(gap.Code.Length > 0 ? gap.Code : gap.Id)}</td><td>{Html.Text(gap.Label)}</td><td>{ResultNumbers.Points(gap.Max)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{ResultNumbers.Points(gap.Points[0])}</td><td>{ResultNumbers.Points(gap.Points[1])}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{EditionsSection.ChangeClass(gap.Difference)}\">{ResultNumbers.Points(gap.Difference)}</td>");
                foreach (var note in gap.Notes)
                {
                    // Notes keep their line breaks, as the office wrote them.
                    html.Append(CultureInfo.InvariantCulture, $"<td style=\"white-space: pre-line\">{Html.Text(note)}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }
}
