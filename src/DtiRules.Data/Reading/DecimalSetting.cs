namespace DtiRules.Data.Reading;

/// <summary>Reads the value of a <c>decimal</c> setting, shared by CSV and JSON.</summary>
internal static class DecimalSetting
{
    /// <summary>True for <c>comma</c> or <c>point</c> (any case), with <paramref name="decimalComma"/> telling which.</summary>
    public static bool TryParse(string value, out bool decimalComma)
    {
        decimalComma = string.Equals(value, "comma", StringComparison.OrdinalIgnoreCase);
        return decimalComma || string.Equals(value, "point", StringComparison.OrdinalIgnoreCase);
    }
}
