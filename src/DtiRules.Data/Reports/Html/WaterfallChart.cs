using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// A unit's value from one edition to the next as a horizontal waterfall in inline SVG: the start,
/// one floating bar per change from the running value to the next (green up, red down, dashed and pale
/// when the change lacks data), and the end.
/// </summary>
internal static class WaterfallChart
{
    private const decimal LabelWidth = 420m;
    private const decimal BarWidth = 360m;
    private const decimal ValueWidth = 90m;
    private const decimal RowHeight = 22m;
    private const int LabelCharacters = 64;

    /// <summary>Appends the chart of <paramref name="waterfall"/>, values with <paramref name="decimals"/> decimals.</summary>
    public static void Write(StringBuilder html, ReportWaterfall waterfall, int decimals)
    {
        var running = new List<decimal> { waterfall.Start };
        foreach (var step in waterfall.Steps)
        {
            running.Add(running[^1] + step.Contribution);
        }

        // The axis spans the running values, with room on the left so the start and end bars show.
        var spread = running.Max() - running.Min() is var d && d > 0m ? d : Math.Max(Math.Abs(waterfall.Start), 0.01m);
        var (low, high) = (running.Min() - spread, running.Max() + (spread / 10m));
        var span = high - low;
        decimal X(decimal value) => LabelWidth + (BarWidth * (value - low) / span);
        var rows = waterfall.Steps.Count + 2;
        var (width, height) = (LabelWidth + BarWidth + ValueWidth, (RowHeight * rows) + 8m);
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"waterfall\" role=\"img\" width=\"{Html.Coordinate(width)}\" height=\"{Html.Coordinate(height)}\" viewBox=\"0 0 {Html.Coordinate(width)} {Html.Coordinate(height)}\">\n");
        html.Append("<title>").Append(Html.Say(nameof(ReportText.WaterfallTitle), Html.Text(waterfall.Unit))).Append("</title>\n");
        Row(html, 0, Texts.Report.Get(nameof(ReportText.WaterfallStart)), X(low), X(waterfall.Start), "even", Html.Number(ResultNumbers.Value(waterfall.Start, decimals)));
        for (var s = 0; s < waterfall.Steps.Count; s++)
        {
            var (label, contribution, missing) = waterfall.Steps[s];
            var (from, to) = (running[s], running[s + 1]);
            var trend = contribution > 0m ? "up" : contribution < 0m ? "down" : "even";
            Row(html, s + 1, label, X(Math.Min(from, to)), X(Math.Max(from, to)), missing ? $"{trend} missing" : trend, Html.Number(ResultNumbers.Change(contribution, decimals + 2)));
        }

        Row(html, rows - 1, Texts.Report.Get(nameof(ReportText.WaterfallEnd)), X(low), X(waterfall.End), "even", Html.Number(ResultNumbers.Value(waterfall.End, decimals)));
        html.Append("</svg>\n");
    }

    private static void Row(StringBuilder html, int row, string label, decimal x1, decimal x2, string trend, string value)
    {
        var y = 4m + (RowHeight * row);
        var shown = label.Length > LabelCharacters ? label[..(LabelCharacters - 1)] + "…" : label;
        html.Append(CultureInfo.InvariantCulture, $"<g class=\"step {trend}\"><title>{Html.Text(label)}: {Html.Text(value)}</title>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(LabelWidth - 8m)}\" y=\"{Html.Coordinate(y + 15m)}\" font-size=\"11\" text-anchor=\"end\">{Html.Text(shown)}</text>\n");
        html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Html.Coordinate(x1)}\" y=\"{Html.Coordinate(y + 3m)}\" width=\"{Html.Coordinate(Math.Max(x2 - x1, 1m))}\" height=\"{Html.Coordinate(RowHeight - 6m)}\"/>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(LabelWidth + BarWidth + 6m)}\" y=\"{Html.Coordinate(y + 15m)}\" font-size=\"11\">{Html.Text(value)}</text>\n</g>\n");
    }
}
