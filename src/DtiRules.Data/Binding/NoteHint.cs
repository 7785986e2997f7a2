using System.Globalization;
using System.Text;
using DtiRules.Data.Reading;
using DtiRules.Language.Text;

namespace DtiRules.Data.Binding;

/// <summary>
/// For an unknown column that holds text (status, person in charge, evidence), the declaration that
/// would keep it as a note: <c>, or declare it as a note: note trang_thai "Trạng thái"</c>.
/// </summary>
internal static class NoteHint
{
    /// <summary>The hint for column <paramref name="column"/>, or empty when every cell of it is empty or a number.</summary>
    public static string For(RawDataset raw, string column)
    {
        var holdsText = raw.Rows.SelectMany(r => r.Cells)
            .Any(c => c.Field == column && c.Text.Trim().Length > 0 && !IsNumber(c.Text.Trim()));
        return holdsText ? $", or declare it as a note: note {IdOf(column)} \"{column.Replace("\"", "'", StringComparison.Ordinal)}\"" : string.Empty;
    }

    /// <summary>An identifier from a header: folded to ASCII, other characters as '_'.</summary>
    public static string IdOf(string header)
    {
        var id = new StringBuilder();
        foreach (var character in TextFolding.Fold(header))
        {
            var keep = character is >= 'a' and <= 'z' or >= '0' and <= '9';
            if (keep || (id.Length > 0 && id[^1] != '_'))
            {
                id.Append(keep ? character : '_');
            }
        }

        var text = id.ToString().TrimEnd('_');
        return text.Length == 0 || char.IsAsciiDigit(text[0]) ? "note_" + text : text;
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
