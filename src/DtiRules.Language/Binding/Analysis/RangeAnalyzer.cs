using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;

namespace DtiRules.Language.Binding.Analysis;

/// <summary>Computes a sound over-approximation of the values a formula can take; operators and built-ins bring their own range rules.</summary>
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
            BoundOutputReference or BoundSourceField or BoundErrorExpression => Interval.Unbounded,
            BoundUnaryExpression u => u.OperatorKind switch
            {
                BoundUnaryOperatorKind.Negate => RangeOf(u.Operand).Negate(),
                BoundUnaryOperatorKind.Not => Interval.Unit,
            },
            BoundBinaryExpression b => BinaryOperators.Of(b.OperatorKind).Range(RangeOf(b.Left), RangeOf(b.Right)),
            BoundConditionalExpression c => RangeOf(c.WhenTrue).Union(RangeOf(c.WhenFalse)),
            BoundTiersExpression t => t.Arms.Select(a => RangeOf(a.Value)).Aggregate(RangeOf(t.Else), (acc, r) => acc.Union(r)),
            BoundLevelTableExpression l => l.ValuesByOrdinal.Select(RangeOf).Aggregate((acc, r) => acc.Union(r)),
            BoundScalarCall c => c.Function.Range([.. c.Arguments.Select(RangeOf)]),
            BoundCohortCall c => c.Function.Range(RangeOf(c.Argument)),
            _ => throw new InvalidOperationException($"The range of {expression.GetType().Name} is not defined."),
        };
    }

    private static Interval InputRange(InputSymbol input) =>
        new(input.Minimum is { } low ? (double)low : double.NegativeInfinity, input.Maximum is { } high ? (double)high : double.PositiveInfinity);
}
