using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// How firm each rank is: a dot at the rank as written and a bar over the 5th–95th percentile of
/// rank per unit, sorted by rank, then a bar chart of each factor's first-order and total index.
/// Inline SVG with invariant coordinates, like the other charts.
/// </summary>
internal static class SensitivitySection
{
    private const decimal LabelWidth = 180m;
    private const decimal PlotWidth = 560m;
    private const decimal RowHeight = 14m;
    private const decimal Top = 30m;

    public static void Write(StringBuilder html, ReportSensitivity sensitivity)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"sensitivity\">\n<h2>{Html.Say(nameof(ReportText.SensitivityHeading))}</h2>\n<ul class=\"notes\">\n");
        foreach (var note in sensitivity.Notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Html.Text(note)}</li>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul>\n<p class=\"hint\">{Html.Say(nameof(ReportText.SensitivityHint))}</p>\n");
        html.Append("<div class=\"chart\">\n");
        RankIntervals(html, sensitivity.Units);
        html.Append("</div>\n");
        if (sensitivity.Factors.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Say(nameof(ReportText.FactorsHeading))}</h3>\n<p class=\"hint\">{Html.Say(nameof(ReportText.FactorsHint))}</p>\n");
            html.Append("<div class=\"chart\">\n");
            FactorBars(html, sensitivity.Factors);
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void RankIntervals(StringBuilder html, IReadOnlyList<RankInterval> units)
    {
        var deepest = units.Select(u => Math.Max(u.High, u.Rank)).DefaultIfEmpty(1).Max();
        var width = LabelWidth + PlotWidth + 20m;
        var height = Top + (RowHeight * units.Count) + 10m;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"rank-intervals\" role=\"img\" width=\"{Html.Coordinate(width)}\" height=\"{Html.Coordinate(height)}\" viewBox=\"0 0 {Html.Coordinate(width)} {Html.Coordinate(height)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.Say(nameof(ReportText.RankIntervalsTitle))}</title>\n");
        foreach (var tick in Ticks(deepest))
        {
            var x = X(tick, deepest);
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Html.Coordinate(x)}\" y1=\"{Html.Coordinate(Top - 6m)}\" x2=\"{Html.Coordinate(x)}\" y2=\"{Html.Coordinate(height - 10m)}\" stroke=\"#e3e3e3\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(x)}\" y=\"{Html.Coordinate(Top - 10m)}\" font-size=\"10\" text-anchor=\"middle\" class=\"muted\">{Html.Integer(tick)}</text>\n");
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var y = Top + (RowHeight * i) + (RowHeight / 2m);
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"interval\"><title>{Html.Say(nameof(ReportText.RankIntervalTip), Html.Text(unit.Name), Html.Integer(unit.Rank), Html.Integer(unit.Median), Html.Integer(unit.Low), Html.Integer(unit.High))}</title>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(LabelWidth - 8m)}\" y=\"{Html.Coordinate(y + 4m)}\" font-size=\"11\" text-anchor=\"end\">{Html.Text(unit.Name)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Html.Coordinate(X(unit.Low, deepest) - 3m)}\" y1=\"{Html.Coordinate(y)}\" x2=\"{Html.Coordinate(X(unit.High, deepest) + 3m)}\" y2=\"{Html.Coordinate(y)}\" stroke=\"#9cc3e6\" stroke-width=\"7\" stroke-linecap=\"round\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Html.Coordinate(X(unit.Median, deepest))}\" y1=\"{Html.Coordinate(y - 5m)}\" x2=\"{Html.Coordinate(X(unit.Median, deepest))}\" y2=\"{Html.Coordinate(y + 5m)}\" stroke=\"#f0b400\" stroke-width=\"2\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Html.Coordinate(X(unit.Rank, deepest))}\" cy=\"{Html.Coordinate(y)}\" r=\"3.2\" fill=\"#1f6fb2\"/></g>\n");
        }

        html.Append("</svg>\n");
    }

    private static void FactorBars(StringBuilder html, IReadOnlyList<FactorBar> factors)
    {
        const decimal barHeight = 9m;
        const decimal rowHeight = 26m;
        var width = LabelWidth + PlotWidth + 60m;
        var height = 10m + (rowHeight * factors.Count);
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"factor-indices\" role=\"img\" width=\"{Html.Coordinate(width)}\" height=\"{Html.Coordinate(height)}\" viewBox=\"0 0 {Html.Coordinate(width)} {Html.Coordinate(height)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.Say(nameof(ReportText.FactorsTitle))}</title>\n");
        for (var i = 0; i < factors.Count; i++)
        {
            var factor = factors[i];
            var y = 5m + (rowHeight * i);
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"factor\"><title>{Html.Say(nameof(ReportText.FactorTip), Html.Text(factor.Name), Shown(factor.FirstOrder), Shown(factor.Total))}</title>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(LabelWidth - 8m)}\" y=\"{Html.Coordinate(y + 13m)}\" font-size=\"11\" text-anchor=\"end\">{Html.Text(factor.Name)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Html.Coordinate(LabelWidth)}\" y=\"{Html.Coordinate(y)}\" width=\"{Html.Coordinate(Bar(factor.FirstOrder))}\" height=\"{Html.Coordinate(barHeight)}\" fill=\"#9cc3e6\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Html.Coordinate(LabelWidth)}\" y=\"{Html.Coordinate(y + barHeight + 1m)}\" width=\"{Html.Coordinate(Bar(factor.Total))}\" height=\"{Html.Coordinate(barHeight)}\" fill=\"#1f6fb2\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Coordinate(LabelWidth + Bar(factor.Total) + 6m)}\" y=\"{Html.Coordinate(y + 17m)}\" font-size=\"10\" class=\"muted\">{Shown(factor.FirstOrder)} / {Shown(factor.Total)}</text></g>\n");
        }

        html.Append("</svg>\n");
    }

    private static decimal Bar(double? index) => index is { } v ? PlotWidth * (decimal)Math.Clamp(v, 0, 1) : 0m;

    private static string Shown(double? index) =>
        index is { } v ? Html.Number(Math.Round((decimal)v, 3, MidpointRounding.AwayFromZero).ToString("0.000", CultureInfo.InvariantCulture)) : "–";

    private static decimal X(int rank, int deepest) => LabelWidth + (deepest <= 1 ? 0m : PlotWidth * (rank - 1) / (deepest - 1));

    private static IEnumerable<int> Ticks(int deepest)
    {
        var step = deepest <= 10 ? 1 : deepest <= 100 ? 10 : deepest <= 1000 ? 100 : 500;
        yield return 1;
        for (var tick = step; tick <= deepest; tick += step)
        {
            if (tick > 1)
            {
                yield return tick;
            }
        }
    }
}
