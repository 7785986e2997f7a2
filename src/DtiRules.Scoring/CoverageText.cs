using DtiRules.Scoring.Resources;

namespace DtiRules.Scoring;

/// <summary>The one-line account of a run's coverage that reports print, in the language of the command.</summary>
public static class CoverageText
{
    private const int NodesNamed = 8;

    /// <summary>E.g. <c>Coverage: 99.8% of the points from data; 2 node(s) fell to the missing-data policy: xh_04 (1 unit), tc_04 (1 unit).</c></summary>
    public static string Summary(CoverageReport coverage)
    {
        // A result with any point not from data never reads as 100.0%.
        var percent = Math.Round(coverage.Share * 100m, 1, MidpointRounding.AwayFromZero);
        var share = DisplayNumbers.Number(coverage.Share < 1m && percent == 100m ? 99.9m : percent, "0.0");
        var leftOut = coverage.UnitsLeftOut > 0
            ? Texts.Coverage.Format(nameof(CoverageSummaryText.UnitsLeftOut), coverage.UnitsLeftOut)
            : string.Empty;
        if (coverage.PolicyNodes.Count == 0)
        {
            return Texts.Coverage.Format(nameof(CoverageSummaryText.NoPolicyNode), share, leftOut);
        }

        var named = coverage.PolicyNodes.Take(NodesNamed).Select(p => p.Units == 1
            ? Texts.Coverage.Format(nameof(CoverageSummaryText.NodeOneUnit), p.Node.Name)
            : Texts.Coverage.Format(nameof(CoverageSummaryText.NodeUnits), p.Node.Name, p.Units));
        var more = coverage.PolicyNodes.Count > NodesNamed ? Texts.Coverage.Format(nameof(CoverageSummaryText.MoreNodes), coverage.PolicyNodes.Count - NodesNamed) : string.Empty;
        return Texts.Coverage.Format(nameof(CoverageSummaryText.PolicyNodes), share, leftOut, coverage.PolicyNodes.Count, string.Join(", ", named), more);
    }
}
