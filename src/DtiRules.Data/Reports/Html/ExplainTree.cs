using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// One unit's scoring as a tree that expands node by node (<c>&lt;details&gt;</c>): each node's
/// points earned and max, the points left on the table, its flags and where its rule comes from.
/// </summary>
internal static class ExplainTree
{
    /// <summary>Appends the tree of unit <paramref name="unit"/> of <paramref name="result"/>.</summary>
    public static void Write(StringBuilder html, ScoringResult result, int unit)
    {
        html.Append("<div class=\"tree\">\n");
        foreach (var root in result.Ruleset.Roots)
        {
            WriteNode(html, result, unit, root);
        }

        html.Append("</div>\n");
    }

    private static void WriteNode(StringBuilder html, ScoringResult result, int unit, NodeSymbol node)
    {
        html.Append(node.IsLeaf ? "<details class=\"leaf\"><summary>" : "<details><summary>");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"node-id\">{Html.Text(node.Name)}</span> {Html.Text(node.Label)}");
        var points = result.Points(node, unit);
        if (node.IsUnscored)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"pts\">{Html.Say(nameof(ReportText.NotScored))}</span>");
        }
        else
        {
            var earned = ResultNumbers.Points(points);
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"pts\">{(earned.Length == 0 ? "–" : Html.Number(earned))} / {Html.Number(ResultNumbers.Points(node.MaxPoints))}</span>");
            if (points is { } p)
            {
                var left = ResultNumbers.RoundPoints(node.MaxPoints - p);
                html.Append(left > 0m
                    ? $"<span class=\"left\">{Html.Say(nameof(ReportText.PointsLeft), Html.Number(ResultNumbers.Points(left)))}</span>"
                    : $"<span class=\"full\">{Html.Say(nameof(ReportText.FullMarks))}</span>");
            }
        }

        foreach (var flag in CellFlagNames.Of(result.NodeFlags(node, unit)))
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"flag\">{Html.Text(FlagWords.Shown(flag))}</span>");
        }

        html.Append("</summary>\n");
        if (node.Provenance is { } provenance)
        {
            var kind = Html.Say(provenance.Kind == ProvenanceKind.Documented ? nameof(ReportText.Documented) : nameof(ReportText.Assumed));
            var source = provenance.Source.Length > 0 ? " " + Html.Say(nameof(ReportText.Source), Html.Text(provenance.Source)) : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"prov\">{kind}: {Html.Text(provenance.Reason)}{source}</p>\n");
        }

        foreach (var child in node.Children)
        {
            WriteNode(html, result, unit, child);
        }

        html.Append("</details>\n");
    }
}
