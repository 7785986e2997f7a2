namespace DtiRules.Language.Binding.Analysis;

/// <summary>
/// The range a formula's value can take, for the static "may exceed max" check. Doubles with
/// infinities keep the arithmetic total; the check only compares bounds.
/// </summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
internal readonly record struct Interval(double Low, double High)
{
    public static readonly Interval Unbounded = new(double.NegativeInfinity, double.PositiveInfinity);

    public static readonly Interval Unit = new(0, 1);

    public static Interval Exactly(decimal value) => new((double)value, (double)value);

    public Interval Union(Interval other) => new(Math.Min(Low, other.Low), Math.Max(High, other.High));

    public Interval Add(Interval other) => new(Low + other.Low, High + other.High);

    public Interval Subtract(Interval other) => new(Low - other.High, High - other.Low);

    public Interval Multiply(Interval other) => FromCorners(Low * other.Low, Low * other.High, High * other.Low, High * other.High);

    public Interval Divide(Interval other) =>
        other.Low <= 0 && other.High >= 0
            ? Unbounded
            : FromCorners(Low / other.Low, Low / other.High, High / other.Low, High / other.High);

    public Interval Negate() => new(-High, -Low);

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
