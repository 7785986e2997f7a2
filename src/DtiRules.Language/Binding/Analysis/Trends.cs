namespace DtiRules.Language.Binding.Analysis;

/// <summary>How trends combine: along a sum, through a function, and against a sign.</summary>
public static class Trends
{
    /// <summary>The trend of a sum of two parts with these trends.</summary>
    public static Trend Combine(Trend a, Trend b) => (a, b) switch
    {
        (Trend.Steady, _) => b,
        (_, Trend.Steady) => a,
        _ when a == b => a,
        _ => Trend.Either,
    };

    /// <summary>The trend of the opposite value (a negation, a <c>not</c>, a smaller-is-better comparison).</summary>
    public static Trend Flip(Trend trend) => trend switch
    {
        Trend.Rising => Trend.Falling,
        Trend.Falling => Trend.Rising,
        Trend.Steady => Trend.Steady,
        Trend.Either => Trend.Either,
    };

    /// <summary>The trend of f(g) where f moves with its argument as <paramref name="outer"/> and g with the input as <paramref name="inner"/>.</summary>
    public static Trend Compose(Trend outer, Trend inner) => (outer, inner) switch
    {
        (Trend.Steady, _) or (_, Trend.Steady) => Trend.Steady,
        (Trend.Either, _) or (_, Trend.Either) => Trend.Either,
        (Trend.Rising, _) => inner,
        (Trend.Falling, _) => Flip(inner),
    };

    /// <summary>The trend of a part times a factor in <paramref name="factor"/> that does not move with the input: kept for a factor never negative, flipped for one never positive.</summary>
    public static Trend Scale(Trend trend, Interval factor) => trend == Trend.Steady ? Trend.Steady
        : factor.Low >= 0 ? trend
        : factor.High <= 0 ? Flip(trend)
        : Trend.Either;
}
