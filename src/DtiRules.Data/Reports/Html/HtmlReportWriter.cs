using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Localization;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// Writes the report as one self-contained HTML file: inline style, script and SVG charts, no
/// reference to anything outside the file. Sections: the sortable ranking, each unit's profile
/// with its explain tree, the ranks across editions and the methodology changes between them.
/// Every text from rulesets and data is escaped; the report's own text is in the language of the
/// command (<see cref="DisplaySettings.Current"/>), numbers with its decimal mark; the same inputs
/// and settings give the same bytes.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the report for <paramref name="input"/> to <paramref name="writer"/>.</summary>
    public static void Write(HtmlReportInput input, TextWriter writer) => writer.Write(Render(input));

    /// <summary>The report for <paramref name="input"/> as text, with '\n' line ends.</summary>
    public static string Render(HtmlReportInput input)
    {
        var result = input.Result;
        var header = result.Ruleset.Header;
        var html = new StringBuilder();
        var language = DisplaySettings.Current.Language == DisplayLanguage.Vietnamese ? "vi" : "en";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.Text(header.Title)} — {Html.Text(input.DataName)}</title>\n");
        html.Append("<style>\n").Append(ReportAssets.Style).Append("\n</style>\n</head>\n<body>\n");
        WriteHeader(html, input);
        html.Append("<main>\n");
        WriteRanking(html, result);
        if (input.Rounds is { } rounds)
        {
            ReconciliationSection.Write(html, rounds);
        }

        WriteProfiles(html, result);
        if (input.Sensitivity is { } sensitivity)
        {
            SensitivitySection.Write(html, sensitivity);
        }

        if (input.Editions.Count > 0)
        {
            EditionsSection.Write(html, input.Editions);
        }

        if (input.Diffs.Count > 0)
        {
            DiffSection.Write(html, input.Diffs);
        }

        html.Append("</main>\n");
        html.Append("<footer>").Append(Html.Say(nameof(ReportText.Footer), "<code>dti report</code>", Html.Text(header.Id), Html.Integer(header.Edition), Html.Text(input.DataName)));
        html.Append(' ').Append(Html.Say(nameof(ReportText.FooterValues))).Append("</footer>\n");
        html.Append("<script>\n").Append(ReportAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteHeader(StringBuilder html, HtmlReportInput input)
    {
        var result = input.Result;
        var header = result.Ruleset.Header;
        html.Append("<header>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Text(header.Title)}</h1>\n");
        html.Append("<p class=\"meta\">").Append(Html.Say(nameof(ReportText.Meta), Html.Text(header.Id), Html.Integer(header.Edition), Html.Text(header.Basis), Html.Integer(result.Units.Count), Html.Text(input.DataName))).Append("</p>\n");
        if (input.DataNotes.Count > 0)
        {
            html.Append("<ul class=\"notes\">\n");
            foreach (var note in input.DataNotes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Html.Text(note)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"coverage\" id=\"coverage\">{Html.Text(CoverageText.Summary(result.Coverage))}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<nav><a href=\"#ranking\">{Html.Say(nameof(ReportText.NavRanking))}</a><a href=\"#profiles\">{Html.Say(nameof(ReportText.NavProfiles))}</a>");
        if (input.Rounds is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#reconciliation\">{Html.Say(nameof(ReportText.NavReconciliation))}</a>");
        }

        if (input.Sensitivity is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#sensitivity\">{Html.Say(nameof(ReportText.NavSensitivity))}</a>");
        }

        if (input.Editions.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#editions\">{Html.Say(nameof(ReportText.NavEditions))}</a>");
        }

        if (input.Diffs.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#diffs\">{Html.Say(nameof(ReportText.NavDiffs))}</a>");
        }

        html.Append("</nav>\n</header>\n");
    }

    private static void WriteRanking(StringBuilder html, ScoringResult result)
    {
        var ruleset = result.Ruleset;
        var digits = ruleset.Header.Rounding;
        var outputs = ResultTable.PublishedOutputs(ruleset);
        var mainIndices = result.Ruleset.ScoredRoots;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"ranking\">\n<h2>{Html.Say(nameof(ReportText.RankingHeading))}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{Html.Say(nameof(ReportText.RankingHint))}</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"sortable\" id=\"ranking-table\">\n<thead><tr>");
        html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Say(nameof(ReportText.Rank))}</th><th class=\"text\">{Html.Say(nameof(ReportText.Unit))}</th>");
        foreach (var output in outputs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Text(output.Name)}<span class=\"label\">{Html.Text(output.Label)}</span></th>");
        }

        foreach (var node in mainIndices)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Text(node.Name)}<span class=\"label\">{Html.Text(node.Label)}</span></th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Say(nameof(ReportText.Coverage))}<span class=\"label\">{Html.Say(nameof(ReportText.CoverageShare))}</span></th></tr></thead>\n<tbody>\n");
        foreach (var u in result.UnitsByRank())
        {
            var unit = result.Units[u];
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{ResultNumbers.Rank(ruleset.Index is { } index ? result.Rank(index, u) : null)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"text\"><a href=\"#{Html.Id("unit-", unit.Code)}\">{Html.Text(Shown(unit))}</a></td>");
            foreach (var output in outputs)
            {
                html.Append(Html.NumberCell(ResultNumbers.Value(result.OutputValue(output, u), digits)));
            }

            foreach (var node in mainIndices)
            {
                html.Append(Html.NumberCell(ResultNumbers.Value(result.NodeValue(node, u), digits)));
            }

            html.Append(Html.NumberCell(ResultNumbers.Value(result.Coverage.PerUnit[u], digits))).Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    private static void WriteProfiles(StringBuilder html, ScoringResult result)
    {
        var ruleset = result.Ruleset;
        var digits = ruleset.Header.Rounding;
        var mainIndices = result.Ruleset.ScoredRoots;
        var cohort = mainIndices.Select(n => CohortStatistics.Of([.. Enumerable.Range(0, result.Units.Count).Select(u => result.NodeValue(n, u))])).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"profiles\">\n<h2>{Html.Say(nameof(ReportText.ProfilesHeading))}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint legend\"><span><i class=\"swatch\" style=\"background:#1f6fb2\"></i>{Html.Say(nameof(ReportText.LegendValue))}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<span><i class=\"swatch\" style=\"background:#f0b400\"></i>{Html.Say(nameof(ReportText.LegendMedian))}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<span><i class=\"swatch\" style=\"background:#1b8a4b\"></i>{Html.Say(nameof(ReportText.LegendBest))}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<span>{Html.Say(nameof(ReportText.LegendTree))}</span></p>\n");
        var order = result.UnitsByRank();
        var notes = ResultNotes.Of(result);
        foreach (var u in order)
        {
            var unit = result.Units[u];
            var rank = ResultNumbers.Rank(ruleset.Index is { } index ? result.Rank(index, u) : null);
            var value = ruleset.Index is { } idx ? ResultNumbers.Value(result.OutputValue(idx, u), digits) : string.Empty;
            // The first unit is open, so the page shows a profile and a tree without a click.
            var open = u == order[0] ? " open" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<details class=\"unit\"{open} id=\"{Html.Id("unit-", unit.Code)}\"><summary>{(rank.Length > 0 ? "#" + rank + " " : string.Empty)}{Html.Text(Shown(unit))}");
            html.Append(value.Length > 0 ? $" — {Html.Number(value)}" : string.Empty).Append("</summary>\n<div class=\"profile\">\n<div>\n");
            var bars = mainIndices.Select((n, i) => new ProfileBar(n.Label, result.NodeValue(n, u), cohort[i].Median, cohort[i].Best)).ToList();
            ProfileChart.Write(html, bars, digits);
            html.Append("</div>\n");
            ExplainTree.Write(html, result, u);
            html.Append("</div>\n");
            WriteUnitNotes(html, notes, u);
            html.Append("</details>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The unit's notes from the data (status, person in charge, evidence), as written, line breaks kept; nothing when it has none.</summary>
    private static void WriteUnitNotes(StringBuilder html, IReadOnlyList<(NoteSymbol Note, IReadOnlyList<string> Texts)> notes, int unit)
    {
        var written = notes.Where(n => n.Texts[unit].Length > 0).ToList();
        if (written.Count == 0)
        {
            return;
        }

        html.Append("<dl class=\"unit-notes\">\n");
        foreach (var (note, texts) in written)
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{Html.Text(note.Header)}</dt><dd>{Html.Text(texts[unit])}</dd>\n");
        }

        html.Append("</dl>\n");
    }

    /// <summary>A unit's name, with its parent's when it has one, since names repeat across parents (Xã Hòa Bình in many provinces).</summary>
    private static string Shown(UnitIdentity unit) => unit.Parent is { } parent ? $"{unit.Name} ({parent.Name})" : unit.Name;
}
