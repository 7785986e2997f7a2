namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// Sheet names Excel accepts and headers a table can hold: a translated name may be longer than
/// Excel's 31 characters or hold a character Excel refuses, and two labels may read the same.
/// </summary>
internal static class SheetNames
{
    /// <summary>Excel's limit on the length of a sheet name.</summary>
    public const int MaxLength = 31;

    private static readonly char[] Refused = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>
    /// <paramref name="names"/> made valid: refused characters become '_', names are cut to 31
    /// characters (without splitting a surrogate pair), an empty name becomes <c>_</c>, and a name equal
    /// (ignoring case, as Excel compares) to an earlier one gets a number.
    /// </summary>
    public static IReadOnlyList<string> Valid(IReadOnlyList<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var valid = new List<string>(names.Count);
        foreach (var name in names)
        {
            var clean = new string([.. name.Select(c => Refused.Contains(c) ? '_' : c)]).Trim().Trim('\'');
            clean = Cut(clean.Length == 0 ? "_" : clean, MaxLength);
            var unique = clean;
            for (var n = 2; !taken.Add(unique); n++)
            {
                var suffix = $" ({n})";
                unique = Cut(clean, MaxLength - suffix.Length) + suffix;
            }

            valid.Add(unique);
        }

        return valid;
    }

    /// <summary><paramref name="headers"/> with a number added to a header equal to an earlier one, since a sheet's columns need distinct names.</summary>
    public static IReadOnlyList<string> Distinct(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var distinct = new List<string>(headers.Count);
        foreach (var header in headers)
        {
            var unique = header;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{header} ({n})";
            }

            distinct.Add(unique);
        }

        return distinct;
    }

    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
