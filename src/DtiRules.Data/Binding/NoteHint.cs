using System.Globalization;
using DtiRules.Data.Reading;
using DtiRules.Data.Text;

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
        return holdsText ? $", or declare it as a note: note {NoteIds.FromHeader(column)} \"{column.Replace("\"", "'", StringComparison.Ordinal)}\"" : string.Empty;
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
