using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Language.Binding.Analysis;

/// <summary>Computes a sound over-approximation of the values a formula can take.</summary>
internal static class RangeAnalyzer
{
    public static Interval RangeOf(BoundExpression expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return expression switch
        {
            BoundLiteral l => Interval.Exactly(l.Value),
            BoundInputReference i => InputRange(i.Input),
            BoundNodeReference { AsValue: true } => Interval.Unit,
            BoundNodeReference n => new Interval(0, (double)n.Node.MaxPoints),
            BoundTotal => new Interval(0, double.PositiveInfinity),
            BoundOutputReference => Interval.Unbounded,
            BoundUnaryExpression { OperatorKind: BoundUnaryOperatorKind.Negate } u => RangeOf(u.Operand).Negate(),
            BoundUnaryExpression => Interval.Unit,
            BoundBinaryExpression b => Binary(b),
            BoundConditionalExpression c => RangeOf(c.WhenTrue).Union(RangeOf(c.WhenFalse)),
            BoundTiersExpression t => t.Arms.Select(a => RangeOf(a.Value)).Aggregate(RangeOf(t.Else), (acc, r) => acc.Union(r)),
            BoundLevelTableExpression l => l.ValuesByOrdinal.Select(RangeOf).Aggregate((acc, r) => acc.Union(r)),
            BoundScalarCall c => Scalar(c),
            BoundCohortCall c => Cohort(c),
            _ => Interval.Unbounded,
        };
    }

    private static Interval InputRange(InputSymbol input) =>
        new(input.Minimum is { } low ? (double)low : double.NegativeInfinity, input.Maximum is { } high ? (double)high : double.PositiveInfinity);

    private static Interval Binary(BoundBinaryExpression b)
    {
        if (b.Type.Kind == TypeKind.YesNo)
        {
            return Interval.Unit;
        }

        var left = RangeOf(b.Left);
        var right = RangeOf(b.Right);
        return b.OperatorKind switch
        {
            BoundBinaryOperatorKind.Add => left.Add(right),
            BoundBinaryOperatorKind.Subtract => left.Subtract(right),
            BoundBinaryOperatorKind.Multiply => left.Multiply(right),
            BoundBinaryOperatorKind.Divide => left.Divide(right),
            _ => Interval.Unbounded,
        };
    }

    private static Interval Scalar(BoundScalarCall call)
    {
        var args = call.Arguments.Select(RangeOf).ToArray();
        return call.Function switch
        {
            ScalarFunction.Min => new Interval(args.Min(a => a.Low), args.Min(a => a.High)),
            ScalarFunction.Max => new Interval(args.Max(a => a.Low), args.Max(a => a.High)),
            ScalarFunction.Clamp => new Interval(
                Math.Min(Math.Max(args[0].Low, args[1].Low), args[2].High),
                Math.Max(Math.Min(args[0].High, args[2].High), args[1].Low)),
            ScalarFunction.Round => args[0].Union(new Interval(Math.Floor(args[0].Low), Math.Ceiling(args[0].High))),
            ScalarFunction.Abs => args[0].Abs(),
            _ => Ratio(args[0], args[1]),
        };
    }

    /// <summary>ratio(a, b) is a / b, or 0 when b is 0; near-zero denominators make it unbounded.</summary>
    private static Interval Ratio(Interval numerator, Interval denominator)
    {
        if (denominator.Low > 0 || denominator.High < 0)
        {
            return numerator.Divide(denominator);
        }

        return numerator.Low >= 0 && denominator.Low >= 0 ? new Interval(0, double.PositiveInfinity) : Interval.Unbounded;
    }

    private static Interval Cohort(BoundCohortCall call)
    {
        var argument = RangeOf(call.Argument);
        return call.Function switch
        {
            CohortFunction.Max or CohortFunction.Min or CohortFunction.Mean or CohortFunction.Median => argument,
            CohortFunction.Rank => new Interval(1, double.PositiveInfinity),
            CohortFunction.Percentile => new Interval(0, 100),
            CohortFunction.MinMax => Interval.Unit,
            _ => argument.Low >= 0 ? Interval.Unit : Interval.Unbounded,
        };
    }
}
