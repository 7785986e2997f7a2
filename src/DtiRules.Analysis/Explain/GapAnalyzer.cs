using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Explain;

/// <summary>Finds where a unit loses points and, for a target rank, how many it needs and where they could come from.</summary>
public static class GapAnalyzer
{
    /// <summary>
    /// The gaps of <paramref name="unit"/> (an index into the result's units); with
    /// <paramref name="targetRank"/>, what it needs to reach that rank on the index.
    /// </summary>
    public static GapAnalysis Analyze(ScoringResult result, int unit, int? targetRank)
    {
        var ruleset = result.Ruleset;
        var index = ruleset.Index ?? throw new InvalidOperationException("A checked ruleset has an index.");
        var components = Components(result, unit);
        var total = result.Total(unit);
        var listed = components.Where(c => c.PointsLeft > 0m).OrderByDescending(c => c.PointsLeft).ToList();
        return new GapAnalysis(
            ruleset.Header,
            result.Units[unit],
            result.Units.Count,
            index.Name,
            result.OutputValue(index, unit),
            result.Rank(index, unit),
            total,
            listed,
            components.Count - listed.Count,
            targetRank is { } rank ? Target(result, index, unit, rank, total, listed) : null);
    }

    /// <summary>
    /// The scored components in tree order: the leaves, and a node whose value the data gave
    /// (its children were not computed, so the points it left are its own).
    /// </summary>
    private static List<ComponentGap> Components(ScoringResult result, int unit)
    {
        var components = new List<ComponentGap>();
        var pending = new Stack<NodeSymbol>(result.Ruleset.Roots.Reverse());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.IsUnscored)
            {
                continue;
            }

            var flags = result.NodeFlags(node, unit);
            if (node.IsLeaf || flags.HasFlag(CellFlags.Given))
            {
                components.Add(new ComponentGap(
                    node.Name, node.Label, MainIndexOf(node).Name, result.Points(node, unit), node.MaxPoints, CellFlagNames.Of(flags), result.Ruleset.Header.Scale));
                continue;
            }

            foreach (var child in node.Children.Reverse())
            {
                pending.Push(child);
            }
        }

        return components;
    }

    private static RankTarget Target(ScoringResult result, OutputSymbol index, int unit, int targetRank, decimal? total, IReadOnlyList<ComponentGap> listed)
    {
        var current = result.Rank(index, unit);
        var others = result.UnitsByRank()
            .Where(u => u != unit && result.OutputValue(index, u) is not null)
            .ToList();

        // Competition ranking: a value equal to that of the other unit at position N ties it and
        // takes rank N; anything lower leaves N others strictly above.
        if (current <= targetRank || targetRank > others.Count)
        {
            return new RankTarget(targetRank, current, null, null, null, null, []);
        }

        var atTarget = others[targetRank - 1];
        var valueNeeded = result.OutputValue(index, atTarget)!.Value;
        var pointsNeeded = PointsFor(index, valueNeeded, result.Ruleset.Header.Rounding);
        var gap = pointsNeeded - total;
        var suppliers = new List<GapSupplier>();
        var cumulative = 0m;
        foreach (var component in listed)
        {
            if (gap is null || cumulative >= gap)
            {
                break;
            }

            cumulative += component.PointsLeft;
            suppliers.Add(new GapSupplier(component, cumulative));
        }

        return new RankTarget(targetRank, current, result.Units[atTarget], valueNeeded, pointsNeeded, gap, suppliers);
    }

    /// <summary>
    /// The fewest total points whose index value is published as <paramref name="value"/>: values
    /// round half away from zero, so <c>value − ½·10^−decimals</c> already rounds up to it. Only
    /// an index of total points over a constant (every DTI edition's) can be turned back into points.
    /// </summary>
    private static decimal? PointsFor(OutputSymbol index, decimal value, int decimals)
    {
        if (index.Formula is not BoundBinaryExpression { OperatorKind: BoundBinaryOperatorKind.Divide, Left: BoundTotal, Right: BoundLiteral { Value: > 0m and var divisor } })
        {
            return null;
        }

        var halfStep = 0.5m;
        for (var i = 0; i < decimals; i++)
        {
            halfStep /= 10m;
        }

        return Math.Max(0m, (value - halfStep) * divisor);
    }

    private static NodeSymbol MainIndexOf(NodeSymbol node)
    {
        var current = node;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }
}
