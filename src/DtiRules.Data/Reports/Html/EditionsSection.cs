using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>The same data ranked under each edition: a slope chart of ranks and the table of values, ranks and shifts.</summary>
internal static class EditionsSection
{
    /// <summary>Appends the section for <paramref name="editions"/> (in order; units matched by code).</summary>
    public static void Write(StringBuilder html, IReadOnlyList<ReportEdition> editions)
    {
        var labels = editions.Select(e => e.Label).ToList();
        var units = Units(editions);
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"editions\">\n<h2>{Html.Say(nameof(ReportText.EditionsHeading))}</h2>\n");
        html.Append("<p class=\"hint\">").Append(Html.Say(nameof(ReportText.EditionsHint), Html.Text(string.Join(", ", editions.Select(e => $"{e.Label}: {e.Result.Ruleset.Header.Basis}"))))).Append("</p>\n");
        html.Append("<div class=\"chart\">\n");
        SlopeChart.Write(html, labels, [.. units.Select(u => (u.Unit.Name, u.Ranks))]);
        html.Append("</div>\n");
        foreach (var edition in editions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"coverage\">{Html.Text(edition.Label)}: {Html.Text(CoverageText.Summary(edition.Result.Coverage))}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Say(nameof(ReportText.ValuesRanksShifts))}</h3>\n<p class=\"hint\">{Html.Say(nameof(ReportText.ShiftHint))}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"scroll\"><table class=\"sortable\" id=\"editions-table\">\n<thead><tr><th class=\"text\">{Html.Say(nameof(ReportText.Unit))}</th>");
        foreach (var edition in editions)
        {
            var index = edition.Result.Ruleset.Index?.Name ?? string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Text(edition.Label)}<span class=\"label\">{Html.Text(index)}</span></th>");
            html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Text(edition.Label)}<span class=\"label\">{Html.Say(nameof(ReportText.RankWord))}</span></th>");
        }

        for (var e = 1; e < editions.Count; e++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th data-type=\"number\">{Html.Text(labels[e - 1])}→{Html.Text(labels[e])}<span class=\"label\">{Html.Say(nameof(ReportText.ShiftWord))}</span></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (unit, values, ranks) in units)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"text\">{Html.Text(unit.Name)}</td>");
            for (var e = 0; e < editions.Count; e++)
            {
                html.Append(Html.NumberCell(ResultNumbers.Value(values[e], editions[e].Result.Ruleset.Header.Rounding)));
                html.Append(CultureInfo.InvariantCulture, $"<td>{ResultNumbers.Rank(ranks[e])}</td>");
            }

            for (var e = 1; e < editions.Count; e++)
            {
                var shift = ranks[e - 1] - ranks[e];
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{ChangeClass(shift)}\">{ResultNumbers.RankShift(shift)}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    /// <summary>The CSS class of a signed change: climbs green, falls red.</summary>
    public static string ChangeClass(decimal? change) => change switch
    {
        > 0 => "change-up",
        < 0 => "change-down",
        _ => string.Empty,
    };

    /// <summary>Every unit of any edition, with its index value and rank per edition, in rank order of the last edition.</summary>
    private static List<(UnitIdentity Unit, IReadOnlyList<decimal?> Values, IReadOnlyList<int?> Ranks)> Units(IReadOnlyList<ReportEdition> editions)
    {
        var byCode = editions
            .Select(e => Enumerable.Range(0, e.Result.Units.Count).ToDictionary(u => e.Result.Units[u].Code, StringComparer.Ordinal))
            .ToList();
        return [.. editions.SelectMany(e => e.Result.Units).DistinctBy(u => u.Code)
            .Select(unit =>
            {
                var values = new List<decimal?>();
                var ranks = new List<int?>();
                for (var e = 0; e < editions.Count; e++)
                {
                    var result = editions[e].Result;
                    var found = byCode[e].TryGetValue(unit.Code, out var u);
                    values.Add(found && result.Ruleset.Index is { } index ? result.OutputValue(index, u) : null);
                    ranks.Add(found && result.Ruleset.Index is { } ranked ? result.Rank(ranked, u) : null);
                }

                return (unit, (IReadOnlyList<decimal?>)values, (IReadOnlyList<int?>)ranks);
            })
            .OrderBy(r => r.Item3[^1] ?? int.MaxValue)
            .ThenBy(r => r.unit.Name, StringComparer.Ordinal)];
    }
}
