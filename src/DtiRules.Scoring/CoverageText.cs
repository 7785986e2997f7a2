using System.Globalization;
using DtiRules.Scoring;

namespace DtiRules.Scoring;

/// <summary>The one-line account of a run's coverage that reports print.</summary>
public static class CoverageText
{
    private const int NodesNamed = 8;

    /// <summary>E.g. <c>Coverage: 99.8% of the points from data; 2 node(s) fell to the missing-data policy: xh_04 (1 unit), tc_04 (1 unit).</c></summary>
    public static string Summary(CoverageReport coverage)
    {
        // A result with any point not from data never reads as 100.0%.
        var percent = Math.Round(coverage.Share * 100m, 1, MidpointRounding.AwayFromZero);
        var share = (coverage.Share < 1m && percent == 100m ? 99.9m : percent).ToString("0.0", CultureInfo.InvariantCulture);
        var leftOut = coverage.UnitsLeftOut > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; {coverage.UnitsLeftOut} unit(s) left out for want of data")
            : string.Empty;
        if (coverage.PolicyNodes.Count == 0)
        {
            return $"Coverage: {share}% of the points from data{leftOut}; no node fell to a missing-data policy.";
        }

        var named = coverage.PolicyNodes.Take(NodesNamed).Select(p => $"{p.Node.Name} ({p.Units} unit{(p.Units == 1 ? string.Empty : "s")})");
        var more = coverage.PolicyNodes.Count > NodesNamed ? $" and {coverage.PolicyNodes.Count - NodesNamed} more" : string.Empty;
        return $"Coverage: {share}% of the points from data{leftOut}; {coverage.PolicyNodes.Count} node(s) fell to the missing-data policy: {string.Join(", ", named)}{more}.";
    }
}
