using System.Globalization;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>
/// Points as offices write them: <c>2.5</c>, <c>2,5</c> (a decimal comma, whatever the file
/// declares, since points are never written with thousands separators), or an Excel number cell.
/// </summary>
public static class PointsText
{
    /// <summary>The number in <paramref name="text"/>, or false when it is not one.</summary>
    public static bool TryParse(string text, out decimal points)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains(',', StringComparison.Ordinal) && trimmed.Contains('.', StringComparison.Ordinal))
        {
            points = 0m;
            return false;
        }

        return decimal.TryParse(
            trimmed.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out points);
    }

    /// <summary>Points in invariant notation without trailing zeros: <c>2.5</c>, <c>10</c>.</summary>
    public static string Format(decimal points) =>
        (points / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
