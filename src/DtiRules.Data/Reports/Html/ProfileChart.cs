using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// A unit's main indices as horizontal bars on a 0–1 scale, each with a tick at the cohort's
/// median and one at the best value, drawn as inline SVG.
/// </summary>
internal static class ProfileChart
{
    private const decimal LabelWidth = 230m;
    private const decimal BarWidth = 300m;
    private const decimal ValueWidth = 60m;
    private const decimal RowHeight = 26m;
    private const decimal BarHeight = 14m;
    private const decimal Top = 8m;

    /// <summary>Appends the chart for <paramref name="bars"/> to <paramref name="html"/>.</summary>
    public static void Write(StringBuilder html, IReadOnlyList<ProfileBar> bars, int decimals)
    {
        var width = LabelWidth + BarWidth + ValueWidth;
        var height = (Top * 2) + (RowHeight * bars.Count) + 18m;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"profile-chart\" role=\"img\" width=\"{Html.Coordinate(width)}\" height=\"{Html.Coordinate(height)}\" viewBox=\"0 0 {Html.Coordinate(width)} {Html.Coordinate(height)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.Say(nameof(ReportText.ProfileChartTitle))}</title>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (RowHeight * i);
            var middle = y + (BarHeight / 2m) + 4m;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Html.Coordinate(middle)}\" font-size=\"13\">{Html.Text(Shorten(bar.Label))}</text>\n");
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{Html.Coordinate(LabelWidth)}\" y=\"{Html.Coordinate(y)}\" width=\"{Html.Coordinate(BarWidth)}\" height=\"{Html.Coordinate(BarHeight)}\"/>\n");
            if (bar.Value is { } value)
            {
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{Html.Coordinate(LabelWidth)}\" y=\"{Html.Coordinate(y)}\" width=\"{Html.Coordinate(Scale(value))}\" height=\"{Html.Coordinate(BarHeight)}\"/>\n");
            }

            Tick(html, "median", bar.Median, y);
            Tick(html, "best", bar.Best, y);
            var text = ResultNumbers.Value(bar.Value, decimals);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(LabelWidth + BarWidth + 8m)}\" y=\"{Html.Coordinate(middle)}\" font-size=\"13\">{(text.Length == 0 ? "–" : Html.Number(text))}</text>\n");
        }

        var axis = Top + (RowHeight * bars.Count) + 10m;
        foreach (var mark in new[] { 0m, 0.5m, 1m })
        {
            var anchor = mark == 0m ? "start" : mark == 1m ? "end" : "middle";
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"muted\" x=\"{Html.Coordinate(LabelWidth + Scale(mark))}\" y=\"{Html.Coordinate(axis)}\" font-size=\"11\" text-anchor=\"{anchor}\">{Html.Number(mark.ToString("0.0", CultureInfo.InvariantCulture))}</text>\n");
        }

        html.Append("</svg>\n");
    }

    private static void Tick(StringBuilder html, string kind, decimal? value, decimal y)
    {
        if (value is not { } v)
        {
            return;
        }

        var x = Html.Coordinate(LabelWidth + Scale(v));
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"{kind}\" x1=\"{x}\" x2=\"{x}\" y1=\"{Html.Coordinate(y - 3m)}\" y2=\"{Html.Coordinate(y + BarHeight + 3m)}\"/>\n");
    }

    private static decimal Scale(decimal value) => Math.Clamp(value, 0m, 1m) * BarWidth;

    /// <summary>Keeps a long label inside its column; the full label is in the tree beside the chart.</summary>
    private static string Shorten(string label) => label.Length <= 32 ? label : label[..31].TrimEnd() + "…";
}
