using DtiRules.Analysis.Diff;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Explain;

/// <summary>Builds the explanation of one unit's result from a scoring run.</summary>
public static class ExplanationBuilder
{
    /// <summary>
    /// The trace from <paramref name="start"/> down to the inputs for <paramref name="unit"/> (an
    /// index into the result's units); <paramref name="depth"/> limits how many levels below the
    /// start are shown (null: all of them).
    /// </summary>
    public static Explanation Build(ScoringResult result, int unit, ExplainStart start, int? depth)
    {
        var builder = new Builder(result, unit);
        var root = start.Node is { } node ? builder.Node(node, depth) : builder.Output(start.Output!, depth, withChildren: true);
        return new Explanation(
            result.Ruleset.Header,
            result.Units[unit],
            result.Units.Count,
            result.Coverage.PerUnit[unit],
            root,
            [.. result.Ruleset.Outputs.Select(o => builder.Output(o, 0, withChildren: false))]);
    }

    private sealed class Builder(ScoringResult result, int unit)
    {
        public ExplainedNode Node(NodeSymbol node, int? depth)
        {
            var formula = node.Formula;
            var shown = depth is null or > 0;
            return new ExplainedNode(
                ExplainedNodeKind.Node,
                node.Name,
                node.Label,
                result.NodeValue(node, unit),
                RoundedPoints(result.Points(node, unit)),
                node.MaxPoints,
                null,
                null,
                CellFlagNames.Of(result.NodeFlags(node, unit)),
                FormulaText.Display(formula),
                formula?.Syntax.Span.Location ?? node.Location,
                formula is null ? [] : Inputs(formula),
                formula is null ? [] : Reads(formula),
                formula is null ? [] : Cohorts(formula),
                shown ? [.. node.Children.Select(c => Node(c, depth - 1))] : [],
                shown ? 0 : node.Children.Count);
        }

        public ExplainedNode Output(OutputSymbol output, int? depth, bool withChildren)
        {
            var formula = output.Formula;
            var nodesRead = NodesRead(formula);
            var outputsRead = FormulaReads.InWrittenOrder(formula).OfType<BoundOutputReference>().Select(r => r.Output).Distinct().ToList();
            var points = nodesRead.Count == 0 ? null : SumOfPoints(nodesRead);
            var shown = withChildren && depth is null or > 0;
            IReadOnlyList<ExplainedNode> children = shown
                ? [.. nodesRead.Select(n => Node(n, depth - 1)), .. outputsRead.Select(o => Output(o, depth - 1, withChildren: true))]
                : [];
            return new ExplainedNode(
                output.IsIndex ? ExplainedNodeKind.Index : ExplainedNodeKind.Output,
                output.Name,
                output.Label,
                result.OutputValue(output, unit),
                points,
                nodesRead.Count == 0 ? null : nodesRead.Sum(n => n.MaxPoints),
                result.Rank(output, unit),
                output.IsRanked ? Enumerable.Range(0, result.Units.Count).Count(u => result.Rank(output, u) is not null) : null,
                [],
                FormulaText.Display(formula),
                formula.Syntax is ExpressionSyntax ? formula.Syntax.Span.Location : output.Location,
                Inputs(formula),
                Reads(formula),
                Cohorts(formula),
                children,
                withChildren && !shown ? nodesRead.Count + outputsRead.Count : 0);
        }

        /// <summary>The nodes whose points an output adds up: those it names, and the main indices for <c>total</c>.</summary>
        private IReadOnlyList<NodeSymbol> NodesRead(BoundExpression formula) =>
            [.. FormulaReads.InWrittenOrder(formula)
                .SelectMany(e => e switch
                {
                    BoundNodeReference reference => [reference.Node],
                    BoundTotal => result.Ruleset.ScoredRoots,
                    _ => Enumerable.Empty<NodeSymbol>(),
                })
                .Distinct()];

        private IReadOnlyList<ExplainedInput> Inputs(BoundExpression formula) =>
            [.. FormulaReads.InWrittenOrder(formula).OfType<BoundInputReference>().Select(r => r.Input).Distinct().Select(Input)];

        private ExplainedInput Input(InputSymbol input)
        {
            var value = result.InputValue(input, unit);
            var display = value switch
            {
                null => "missing",
                { } ordinal when input.Type.LevelType is { } levels && (int)ordinal >= 0 && (int)ordinal < levels.Members.Length => levels.Members[(int)ordinal].Name,
                { } yesNo when input.Type.Kind == TypeKind.YesNo => yesNo == 0m ? "no" : "yes",
                { } number => ResultNumbers.Points(number),
            };
            return new ExplainedInput(
                input.Name, input.Label, input.Type.ToString(), value, display, input.Unit, CellFlagNames.Of(result.InputFlags(input, unit)));
        }

        private IReadOnlyList<ExplainedRead> Reads(BoundExpression formula)
        {
            var reads = new List<ExplainedRead>();
            foreach (var expression in FormulaReads.InWrittenOrder(formula))
            {
                var read = expression switch
                {
                    BoundNodeReference { AsValue: true } reference => new ExplainedRead("value", reference.Node.Name, reference.Node.Label, result.NodeValue(reference.Node, unit), null),
                    BoundNodeReference reference => new ExplainedRead("node", reference.Node.Name, reference.Node.Label, RoundedPoints(result.Points(reference.Node, unit)), reference.Node.MaxPoints),
                    BoundOutputReference reference => new ExplainedRead("output", reference.Output.Name, reference.Output.Label, result.OutputValue(reference.Output, unit), null),
                    BoundTotal => new ExplainedRead("total", "total", string.Empty, RoundedPoints(result.Total(unit)), result.Ruleset.Header.Scale),
                    _ => null,
                };
                if (read is not null && !reads.Any(r => r.Kind == read.Kind && r.Id == read.Id))
                {
                    reads.Add(read);
                }
            }

            return reads;
        }

        private IReadOnlyList<CohortStatistic> Cohorts(BoundExpression formula) =>
            [.. FormulaReads.InWrittenOrder(formula).OfType<BoundCohortCall>().Select(c => CohortStatistics.Describe(result, c, unit)).OfType<CohortStatistic>()];

        private decimal? SumOfPoints(IReadOnlyList<NodeSymbol> nodes)
        {
            var sum = 0m;
            foreach (var node in nodes)
            {
                if (result.Points(node, unit) is not { } points)
                {
                    return null;
                }

                sum += points;
            }

            return ResultNumbers.RoundPoints(sum);
        }

        private static decimal? RoundedPoints(decimal? points) => points is { } p ? ResultNumbers.RoundPoints(p) : null;
    }
}
