using DtiRules.Language.Binding.Analysis;

namespace DtiRules.Language.Builtins;

public static partial class BuiltinFunctions
{
    /// <summary><c>min(a, b, …)</c>.</summary>
    public static readonly ScalarBuiltin Min = ScalarBuiltin.Fold(
        "min", Parameter("x"), ScalarFunctions.Min,
        arguments => new Interval(arguments.Min(a => a.Low), arguments.Min(a => a.High)), AlwaysRising,
        "the smallest argument",
        Example(3m, 3m, 7m, 5m), Example(null, 2m, null));

    /// <summary><c>max(a, b, …)</c>.</summary>
    public static readonly ScalarBuiltin Max = ScalarBuiltin.Fold(
        "max", Parameter("x"), ScalarFunctions.Max,
        arguments => new Interval(arguments.Max(a => a.Low), arguments.Max(a => a.High)), AlwaysRising,
        "the largest argument",
        Example(7m, 3m, 7m, 5m), Example(-1m, -1m, -2m));

    /// <summary><c>clamp(x, low, high)</c>.</summary>
    public static readonly ScalarBuiltin Clamp = ScalarBuiltin.Ternary(
        "clamp", Parameter("x"), new BuiltinParameter("low", ParameterKind.LowerBound), new BuiltinParameter("high", ParameterKind.UpperBound), ScalarFunctions.Clamp,
        (x, low, high) => new Interval(Math.Min(Math.Max(x.Low, low.Low), high.High), Math.Max(Math.Min(x.High, high.High), low.Low)), AlwaysRising,
        "`x` limited to `low`..`high` (`low` wins when the bounds cross)",
        Example(10m, 12m, 0m, 10m), Example(0m, -1m, 0m, 10m), Example(5m, 5m, 0m, 10m), Example(8m, 5m, 8m, 2m));

    /// <summary><c>round(x, decimals)</c>.</summary>
    public static readonly ScalarBuiltin Round = ScalarBuiltin.Binary(
        "round", Parameter("x"), new BuiltinParameter("decimals", ParameterKind.Decimals), ScalarFunctions.Round,
        (x, _) => x.Union(new Interval(Math.Floor(x.Low), Math.Ceiling(x.High))), (_, position) => position == 0 ? Trend.Rising : Trend.Either,
        "`x` rounded to `decimals` (a constant 0–10) decimals, half away from zero",
        Example(2.35m, 2.345m, 2m), Example(-3m, -2.5m, 0m), Example(null, null, 1m));

    /// <summary><c>abs(x)</c>.</summary>
    public static readonly ScalarBuiltin Abs = ScalarBuiltin.Unary(
        "abs", Parameter("x"), ScalarFunctions.Abs, x => x.Abs(), x => Trends.Scale(Trend.Rising, x),
        "the absolute value",
        Example(3.5m, -3.5m), Example(2m, 2m));

    /// <summary><c>ratio(numerator, denominator)</c>.</summary>
    public static readonly ScalarBuiltin Ratio = ScalarBuiltin.Binary(
        "ratio", Parameter("numerator"), Parameter("denominator"), ScalarFunctions.Ratio, RatioRange, RatioTrend,
        "safe ratio: `numerator / denominator`, or 0 when the denominator is 0",
        Example(0.75m, 3m, 4m), Example(0m, 3m, 0m), Example(null, null, 4m));

    /// <summary>The functions of a unit's own values, in reference order.</summary>
    public static IReadOnlyList<ScalarBuiltin> Scalar { get; } = [Min, Max, Clamp, Round, Abs, Ratio];

    /// <summary>Rises with each argument, whatever the others are.</summary>
    private static Trend AlwaysRising(IReadOnlyList<Interval> arguments, int position) => Trend.Rising;

    /// <summary>
    /// ratio(a, b) follows a with the sign of b; it falls as a non-negative a's b rises only when b
    /// cannot be 0 (0 gives 0, a little more gives the most).
    /// </summary>
    private static Trend RatioTrend(IReadOnlyList<Interval> arguments, int position)
    {
        var (numerator, denominator) = (arguments[0], arguments[1]);
        if (position == 0)
        {
            return Trends.Scale(Trend.Rising, denominator);
        }

        return denominator.Low > 0 || denominator.High < 0 ? Trends.Scale(Trend.Falling, numerator) : Trend.Either;
    }

    /// <summary>ratio(a, b) is a / b, or 0 when b is 0; near-zero denominators make it unbounded.</summary>
    private static Interval RatioRange(Interval numerator, Interval denominator)
    {
        if (denominator.Low > 0 || denominator.High < 0)
        {
            return numerator.Divide(denominator);
        }

        return numerator.Low >= 0 && denominator.Low >= 0 ? new Interval(0, double.PositiveInfinity) : Interval.Unbounded;
    }
}
