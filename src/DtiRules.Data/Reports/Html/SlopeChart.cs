using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// Ranks across editions as a slope chart in inline SVG: one column per edition, one line per unit
/// from its rank under each edition to the next, green where it climbs overall, red where it falls.
/// </summary>
internal static class SlopeChart
{
    private const decimal LabelWidth = 190m;
    private const decimal ColumnGap = 220m;
    private const decimal RowHeight = 15m;
    private const decimal Top = 40m;

    /// <summary>Appends the chart: <paramref name="labels"/> name the editions, <paramref name="units"/> give each unit's name and ranks in edition order.</summary>
    public static void Write(StringBuilder html, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<int?> Ranks)> units)
    {
        var deepest = units.SelectMany(u => u.Ranks).Select(r => r ?? 0).DefaultIfEmpty(1).Max();
        var width = (LabelWidth * 2m) + (ColumnGap * Math.Max(1, labels.Count - 1));
        var height = Top + (RowHeight * deepest) + 16m;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"slope\" role=\"img\" width=\"{Html.Coordinate(width)}\" height=\"{Html.Coordinate(height)}\" viewBox=\"0 0 {Html.Coordinate(width)} {Html.Coordinate(height)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.Say(nameof(ReportText.SlopeChartTitle))}</title>\n");
        for (var e = 0; e < labels.Count; e++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(X(e))}\" y=\"20\" font-size=\"14\" font-weight=\"700\" text-anchor=\"middle\">{Html.Text(labels[e])}</text>\n");
        }

        foreach (var (name, ranks) in units)
        {
            var present = Enumerable.Range(0, ranks.Count).Where(e => ranks[e] is not null).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            var (first, last) = (ranks[present[0]]!.Value, ranks[present[^1]]!.Value);
            var trend = first > last ? "up" : first < last ? "down" : "even";
            var path = string.Join(" → ", ranks.Select((r, e) => $"{labels[e]}: {(r is { } rank ? Html.Integer(rank) : "–")}"));
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"unit {trend}\"><title>{Html.Text(name)} — {Html.Text(path)}</title>\n");
            for (var i = 0; i + 1 < present.Count; i++)
            {
                var (from, to) = (present[i], present[i + 1]);
                html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Html.Coordinate(X(from))}\" y1=\"{Html.Coordinate(Y(ranks[from]!.Value))}\" x2=\"{Html.Coordinate(X(to))}\" y2=\"{Html.Coordinate(Y(ranks[to]!.Value))}\"/>\n");
            }

            foreach (var e in present)
            {
                html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Html.Coordinate(X(e))}\" cy=\"{Html.Coordinate(Y(ranks[e]!.Value))}\" r=\"2.5\"/>\n");
            }

            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(X(present[0]) - 8m)}\" y=\"{Html.Coordinate(Y(first) + 4m)}\" font-size=\"11\" text-anchor=\"end\">{Html.Text(name)} {Html.Integer(first)}</text>\n");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(X(present[^1]) + 8m)}\" y=\"{Html.Coordinate(Y(last) + 4m)}\" font-size=\"11\">{Html.Integer(last)} {Html.Text(name)}</text>\n");
            html.Append("</g>\n");
        }

        html.Append("</svg>\n");
    }

    private static decimal X(int edition) => LabelWidth + (ColumnGap * edition);

    private static decimal Y(int rank) => Top + (RowHeight * (rank - 1)) + (RowHeight / 2m);
}
