namespace DtiRules.Data.Reading.Workbooks;

/// <summary>Which number formats show a number as a date or a time, as Excel's do.</summary>
internal static class NumberFormats
{
    // Excel's built-in formats that show dates and times (14–22, 45–47), and those East Asian editions add (27–36, 50–58).
    private static readonly HashSet<int> BuiltInDates = [.. Enumerable.Range(14, 9), .. Enumerable.Range(27, 10), 45, 46, 47, .. Enumerable.Range(50, 9)];

    /// <summary>True when format <paramref name="id"/> (with <paramref name="code"/> when it is the workbook's own) shows a date or time.</summary>
    public static bool IsDate(int id, string? code) => code is null ? BuiltInDates.Contains(id) : IsDateCode(code);

    /// <summary>True when a format code has day, month, year, hour or second parts outside quoted text, escapes and brackets (colours, locales).</summary>
    private static bool IsDateCode(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                // [h], [mm] and [ss] are elapsed time; anything else in brackets is a colour or a condition.
                var end = code.IndexOf(']', i);
                var inside = end < 0 ? string.Empty : code[(i + 1)..end].ToLowerInvariant();
                if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'm' or 's'))
                {
                    return true;
                }

                i = end < 0 ? code.Length : end;
            }
            else if (char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h' or 's')
            {
                return true;
            }
        }

        return false;
    }
}
