using System.Globalization;

namespace DtiRules.Language.Binding.Analysis;

/// <summary>
/// The values the checker proves a node's points or an output's value stay within, by interval
/// analysis of the formulas; infinite when nothing bounds a side.
/// </summary>
/// <param name="Low">The smallest value possible.</param>
/// <param name="High">The largest value possible.</param>
public readonly record struct ProvenRange(double Low, double High)
{
    /// <summary>True when both sides are bounded.</summary>
    public bool IsBounded => !double.IsInfinity(Low) && !double.IsInfinity(High);

    /// <summary>Renders as <c>0..7.5</c>, with up to four decimals and <c>∞</c> for an open side.</summary>
    public override string ToString() => $"{Show(Low)}..{Show(High)}";

    /// <summary>A bound as ruleset text shows numbers: invariant, up to four decimals.</summary>
    public static string Show(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : double.IsNegativeInfinity(value) ? "−∞" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
