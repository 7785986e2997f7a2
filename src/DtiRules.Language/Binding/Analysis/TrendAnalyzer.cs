using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;

namespace DtiRules.Language.Binding.Analysis;

/// <summary>
/// Works out from the formulas whether a unit's index rises or falls when one of its inputs rises
/// (more is better, less is better), so an analysis that proposes changes moves each input only
/// the way the methodology rewards. The answer is sound: <see cref="Trend.Rising"/> means no
/// formula path can lower the index as the input rises; anything the rules cannot vouch for (a
/// denominator that may be 0, an equality test, an input read both ways) is <see cref="Trend.Either"/>.
/// Operators and built-ins bring their own trend rules.
/// </summary>
public sealed class TrendAnalyzer
{
    private readonly BoundRuleset _ruleset;
    private readonly InputSymbol _input;
    private readonly Dictionary<NodeSymbol, Trend> _nodes = [];
    private readonly Dictionary<OutputSymbol, Trend> _outputs = [];

    private TrendAnalyzer(BoundRuleset ruleset, InputSymbol input) => (_ruleset, _input) = (ruleset, input);

    /// <summary>How the ruleset's index (its total points when it has no index) moves as <paramref name="input"/> rises.</summary>
    public static Trend IndexTrend(BoundRuleset ruleset, InputSymbol input)
    {
        var analyzer = new TrendAnalyzer(ruleset, input);
        return ruleset.Index is { } index ? analyzer.OutputTrend(index) : analyzer.TotalTrend();
    }

    private Trend TotalTrend() => _ruleset.Roots.Select(NodeTrend).Aggregate(Trend.Steady, Trends.Combine);

    private Trend NodeTrend(NodeSymbol node)
    {
        if (_nodes.TryGetValue(node, out var known))
        {
            return known;
        }

        // Points are clamped to 0..max, which keeps the formula's trend; a parent adds its children up.
        var trend = node.IsUnscored ? Trend.Steady
            : node.Formula is { } formula ? Of(formula)
            : node.Children.Select(NodeTrend).Aggregate(Trend.Steady, Trends.Combine);
        _nodes[node] = trend;
        return trend;
    }

    private Trend OutputTrend(OutputSymbol output)
    {
        if (!_outputs.TryGetValue(output, out var trend))
        {
            trend = Of(output.Formula);
            _outputs[output] = trend;
        }

        return trend;
    }

    private Trend Of(BoundExpression expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return expression switch
        {
            BoundInputReference i => i.Input == _input ? Trend.Rising : Trend.Steady,
            BoundLiteral or BoundSourceField => Trend.Steady,
            BoundNodeReference n => NodeTrend(n.Node),
            BoundOutputReference o => OutputTrend(o.Output),
            BoundTotal => TotalTrend(),
            BoundErrorExpression => Trend.Either,
            BoundUnaryExpression u => u.OperatorKind switch
            {
                BoundUnaryOperatorKind.Negate or BoundUnaryOperatorKind.Not => Trends.Flip(Of(u.Operand)),
            },
            BoundBinaryExpression b => Binary(b),
            BoundConditionalExpression c => Conditional(c),
            BoundTiersExpression t => Tiers(t),
            BoundLevelTableExpression l => Trends.Combine(
                Trends.Compose(StepTrend([.. l.ValuesByOrdinal]), Of(l.Subject)),
                l.ValuesByOrdinal.Select(Of).Aggregate(Trend.Steady, Trends.Combine)),
            BoundScalarCall s => Call(s),
            BoundCohortCall c => Trends.Compose(c.Function.Trend, Of(c.Argument)),
            _ => throw new InvalidOperationException($"The trend of {expression.GetType().Name} is not defined."),
        };
    }

    private Trend Binary(BoundBinaryExpression binary)
    {
        var (left, right) = (Of(binary.Left), Of(binary.Right));
        return binary.OperatorKind switch
        {
            BoundBinaryOperatorKind.Add or BoundBinaryOperatorKind.And or BoundBinaryOperatorKind.Or => Trends.Combine(left, right),
            BoundBinaryOperatorKind.Subtract => Trends.Combine(left, Trends.Flip(right)),
            BoundBinaryOperatorKind.Multiply => Trends.Combine(
                Trends.Scale(left, RangeAnalyzer.RangeOf(binary.Right)), Trends.Scale(right, RangeAnalyzer.RangeOf(binary.Left))),
            BoundBinaryOperatorKind.Divide => Quotient(left, right, RangeAnalyzer.RangeOf(binary.Left), RangeAnalyzer.RangeOf(binary.Right)),

            // A yes/no comparison is a step in the difference of its sides.
            BoundBinaryOperatorKind.Greater or BoundBinaryOperatorKind.GreaterOrEqual => Trends.Combine(left, Trends.Flip(right)),
            BoundBinaryOperatorKind.Less or BoundBinaryOperatorKind.LessOrEqual => Trends.Combine(Trends.Flip(left), right),
            BoundBinaryOperatorKind.Equal or BoundBinaryOperatorKind.NotEqual =>
                left == Trend.Steady && right == Trend.Steady ? Trend.Steady : Trend.Either,
        };
    }

    /// <summary>(a / b)' = a' / b − a b' / b²: a denominator that moves must keep one sign.</summary>
    private static Trend Quotient(Trend numerator, Trend denominator, Interval numeratorRange, Interval denominatorRange)
    {
        if (denominator != Trend.Steady && denominatorRange.Low <= 0 && denominatorRange.High >= 0)
        {
            return Trend.Either;
        }

        return Trends.Combine(Trends.Scale(numerator, denominatorRange), Trends.Scale(Trends.Flip(denominator), numeratorRange));
    }

    private Trend Call(BoundScalarCall call)
    {
        var ranges = call.Arguments.Select(RangeAnalyzer.RangeOf).ToList();
        var trend = Trend.Steady;
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            trend = Trends.Combine(trend, Trends.Compose(call.Function.TrendIn(ranges, i), Of(call.Arguments[i])));
        }

        return trend;
    }

    private Trend Conditional(BoundConditionalExpression conditional)
    {
        var branches = Trends.Combine(Of(conditional.WhenTrue), Of(conditional.WhenFalse));
        var condition = Of(conditional.Condition);
        return Trends.Combine(branches, Trends.Compose(StepTrend([conditional.WhenFalse, conditional.WhenTrue]), condition));
    }

    private Trend Tiers(BoundTiersExpression tiers)
    {
        // The arm a subject selects changes only at a threshold, so one point at each threshold,
        // one between each two and one beyond either end see every arm in the subject's order.
        var thresholds = tiers.Arms.Select(a => a.Threshold).Distinct().Order().ToList();
        var points = new List<decimal>();
        if (thresholds.Count > 0)
        {
            points.Add(thresholds[0] - 1m);
            for (var i = 0; i < thresholds.Count; i++)
            {
                points.Add(thresholds[i]);
                points.Add(i + 1 < thresholds.Count ? (thresholds[i] + thresholds[i + 1]) / 2m : thresholds[i] + 1m);
            }
        }

        var selected = points.Select(p => tiers.Arms.FirstOrDefault(a => BinaryOperators.Of(a.Comparison).Apply(p, a.Threshold) == 1m)?.Value ?? tiers.Else).ToList();
        var values = tiers.Arms.Select(a => Of(a.Value)).Aggregate(Of(tiers.Else), Trends.Combine);
        return Trends.Combine(values, Trends.Compose(StepTrend(selected), Of(tiers.Subject)));
    }

    /// <summary>How a choice among <paramref name="steps"/> (in the order a rising subject selects them) moves: by their ranges.</summary>
    private static Trend StepTrend(IReadOnlyList<BoundExpression> steps)
    {
        var (rising, falling, moves) = (true, true, false);
        for (var i = 1; i < steps.Count; i++)
        {
            if (ReferenceEquals(steps[i - 1], steps[i]))
            {
                continue;
            }

            var (before, after) = (RangeAnalyzer.RangeOf(steps[i - 1]), RangeAnalyzer.RangeOf(steps[i]));
            if (before == after && before.Low == before.High)
            {
                continue;
            }

            moves = true;
            rising &= before.High <= after.Low;
            falling &= before.Low >= after.High;
        }

        return !moves ? Trend.Steady : rising ? Trend.Rising : falling ? Trend.Falling : Trend.Either;
    }
}
