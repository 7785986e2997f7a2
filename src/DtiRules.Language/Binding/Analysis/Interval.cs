namespace DtiRules.Language.Binding.Analysis;

/// <summary>
/// The range a formula's value can take, for the static "may exceed max" check. Doubles with
/// infinities keep the arithmetic total; the check only compares bounds.
/// </summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>Any value.</summary>
    public static readonly Interval Unbounded = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>0..1: values of nodes, yes/no.</summary>
    public static readonly Interval Unit = new(0, 1);

    /// <summary>Exactly <paramref name="value"/>.</summary>
    public static Interval Exactly(decimal value) => new((double)value, (double)value);

    /// <summary>The smallest interval holding both.</summary>
    public Interval Union(Interval other) => new(Math.Min(Low, other.Low), Math.Max(High, other.High));

    /// <summary>Every sum of a value of each.</summary>
    public Interval Add(Interval other) => new(Low + other.Low, High + other.High);

    /// <summary>Every difference of a value of each.</summary>
    public Interval Subtract(Interval other) => new(Low - other.High, High - other.Low);

    /// <summary>Every product of a value of each.</summary>
    public Interval Multiply(Interval other) => FromCorners(Low * other.Low, Low * other.High, High * other.Low, High * other.High);

    /// <summary>Every quotient of a value of each; unbounded when <paramref name="other"/> holds 0.</summary>
    public Interval Divide(Interval other) =>
        other.Low <= 0 && other.High >= 0
            ? Unbounded
            : FromCorners(Low / other.Low, Low / other.High, High / other.Low, High / other.High);

    /// <summary>The negated values.</summary>
    public Interval Negate() => new(-High, -Low);

    /// <summary>The absolute values.</summary>
    public Interval Abs() =>
        Low >= 0 ? this : High <= 0 ? Negate() : new Interval(0, Math.Max(-Low, High));

    private static Interval FromCorners(params double[] corners)
    {
        // 0 × ∞ is NaN in IEEE arithmetic; as a bound it means the product is unbounded.
        if (corners.Any(double.IsNaN))
        {
            return Unbounded;
        }

        return new Interval(corners.Min(), corners.Max());
    }
}
