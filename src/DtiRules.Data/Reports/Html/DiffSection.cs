using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Analysis.Diff;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>For each two consecutive editions: what the methodology changed, and what that does to each unit of the same data.</summary>
internal static class DiffSection
{
    private const int BiggestMoves = 5;

    /// <summary>Appends the section for <paramref name="diffs"/>.</summary>
    public static void Write(StringBuilder html, IReadOnlyList<ReportDiff> diffs)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"diffs\">\n<h2>{Html.Say(nameof(ReportText.DiffsHeading))}</h2>\n");
        foreach (var diff in diffs)
        {
            WriteOne(html, diff);
        }

        html.Append("</section>\n");
    }

    private static void WriteOne(StringBuilder html, ReportDiff report)
    {
        var (diff, effect) = (report.Diff, report.Effect);
        html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Text(report.FromLabel)} → {Html.Text(report.ToLabel)}: {Html.Text(Edition(diff.From))} → {Html.Text(Edition(diff.To))}</h3>\n");
        var moved = effect.Units.Count(u => u.RankChange is not null and not 0);
        var largest = effect.Units.Select(u => Math.Abs(u.RankChange ?? 0)).DefaultIfEmpty(0).Max();
        html.Append("<p>").Append(Html.Say(nameof(ReportText.DiffSummary), Strong(diff.Changes.Count), Strong(moved), Html.Integer(effect.Units.Count), Html.Integer(largest))).Append("</p>\n");
        var moves = effect.BiggestMoves(BiggestMoves)
            .Select(u => $"<span class=\"{EditionsSection.ChangeClass(u.RankChange)}\">{Html.Text(u.Unit)} {ResultNumbers.RankShift(u.RankChange)}</span> ({ResultNumbers.Rank(u.OldRank)} → {ResultNumbers.Rank(u.NewRank)})")
            .ToList();
        if (moves.Count > 0)
        {
            html.Append("<p>").Append(Html.Say(nameof(ReportText.BiggestMoves), string.Join("; ", moves))).Append("</p>\n");
        }

        if (report.Waterfall is { } waterfall)
        {
            html.Append("<h4>").Append(Html.Say(nameof(ReportText.WaterfallHeading), Html.Text(waterfall.Unit))).Append("</h4>\n");
            WaterfallChart.Write(html, waterfall, effect.Decimals);
        }

        if (diff.Changes.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>{Html.Say(nameof(ReportText.TheChanges))}</summary>\n<div class=\"scroll\"><table>\n<thead><tr><th class=\"text\">{Html.Say(nameof(ReportText.ChangeKind))}</th><th class=\"text\">{Html.Say(nameof(ReportText.ChangeId))}</th><th class=\"text\">{Html.Say(nameof(ReportText.ChangeDescription))}</th></tr></thead>\n<tbody>\n");
            foreach (var change in diff.Changes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"text\">{Html.Text(change.KindName)}</td><td class=\"text\">{Html.Text(change.Id)}</td><td class=\"text wrap\">{Html.Text(change.Description)}</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n</details>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<details><summary>{Html.Say(nameof(ReportText.EachUnitBothEditions))}</summary>\n<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr>");
        html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Say(nameof(ReportText.RankUnder), Html.Text(report.ToLabel))}</th><th class=\"text\">{Html.Say(nameof(ReportText.Unit))}</th><th data-type=\"number\">{Html.Text(effect.OldIndex)} {Html.Text(report.FromLabel)}</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Say(nameof(ReportText.RankUnder), Html.Text(report.FromLabel))}</th><th data-type=\"number\">{Html.Text(effect.NewIndex)} {Html.Text(report.ToLabel)}</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Say(nameof(ReportText.ValueChange))}</th><th data-type=\"number\">{Html.Say(nameof(ReportText.RankChange))}</th></tr></thead>\n<tbody>\n");
        foreach (var unit in effect.Units)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{ResultNumbers.Rank(unit.NewRank)}</td><td class=\"text\">{Html.Text(unit.Unit)}</td>");
            html.Append(Html.NumberCell(ResultNumbers.Value(unit.OldValue, effect.Decimals))).Append(CultureInfo.InvariantCulture, $"<td>{ResultNumbers.Rank(unit.OldRank)}</td>");
            html.Append(Html.NumberCell(ResultNumbers.Value(unit.NewValue, effect.Decimals)));
            html.Append(Html.NumberCell(ResultNumbers.Change(unit.ValueChange, effect.Decimals), EditionsSection.ChangeClass(unit.ValueChange)));
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"{EditionsSection.ChangeClass(unit.RankChange)}\">{ResultNumbers.RankShift(unit.RankChange)}</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n</details>\n");
    }

    private static string Strong(int count) => $"<strong>{Html.Integer(count)}</strong>";

    private static string Edition(RulesetHeader header) => $"{header.Id} {header.Edition} ({header.Basis})";
}
