using DtiRules.Language.Localization;

namespace DtiRules.Scoring;

/// <summary>
/// The numbers of <see cref="ResultNumbers"/> as a person reads them (tables, explanations, text
/// reports): the same rounding, with the decimal mark of <see cref="DisplaySettings.Current"/>.
/// Machine formats (CSV, JSON, snapshots) keep using <see cref="ResultNumbers"/>.
/// </summary>
public static class DisplayNumbers
{
    /// <summary>A 0–1 value or index rounded to <paramref name="decimals"/> places; empty when missing.</summary>
    public static string Value(decimal? value, int decimals) =>
        value is { } v ? DisplaySettings.Current.Number(v, "F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture)) : string.Empty;

    /// <summary>Points rounded to 4 places, without trailing zeros; empty when missing.</summary>
    public static string Points(decimal? points) =>
        points is { } p ? DisplaySettings.Current.Number(ResultNumbers.RoundPoints(p), "0.####") : string.Empty;

    /// <summary>A signed change of a value (<c>+0.0123</c>); empty when missing.</summary>
    public static string Change(decimal? change, int decimals) =>
        change is > 0m ? "+" + Value(change, decimals) : Value(change, decimals);

    /// <summary>A share (0–1) as a percentage with the digits of <paramref name="format"/>, e.g. <c>99,8%</c>.</summary>
    public static string Percent(decimal share, string format) => DisplaySettings.Current.Number(share * 100m, format) + "%";

    /// <summary>Any number written with <paramref name="format"/> and the chosen decimal mark.</summary>
    public static string Number(decimal value, string format) => DisplaySettings.Current.Number(value, format);
}
