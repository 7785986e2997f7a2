using System.Globalization;

namespace DtiRules.Scoring;

/// <summary>Culture-invariant text for result numbers, shared by every writer so formats agree.</summary>
public static class ResultNumbers
{
    /// <summary>A published 0–1 value with exactly <paramref name="decimals"/> decimals; empty when missing.</summary>
    public static string Value(decimal? value, int decimals) =>
        value?.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Points as shown in results: rounded to 4 decimals, half away from zero.</summary>
    public static decimal RoundPoints(decimal points) => Math.Round(points, 4, MidpointRounding.AwayFromZero);

    /// <summary>Points rounded to 4 decimals without trailing zeros; empty when missing.</summary>
    public static string Points(decimal? points) =>
        points is { } p ? RoundPoints(p).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A rank; empty when the unit is not ranked.</summary>
    public static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A change of a published value, signed ("+0.0123", "-0.0040", "0.0000"); empty when missing.</summary>
    public static string Change(decimal? change, int decimals) =>
        change is > 0m ? "+" + Value(change, decimals) : Value(change, decimals);

    /// <summary>A rank shift, signed ("+3" moved up three places, "-2", "0"); empty when missing.</summary>
    public static string RankShift(int? shift) =>
        shift is > 0 ? "+" + Rank(shift) : Rank(shift);

    /// <summary>The same number without trailing zeros, so JSON output does not depend on a decimal's scale.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
