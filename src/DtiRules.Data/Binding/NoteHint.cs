using System.Globalization;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Data.Text;
using DtiRules.Language.Schema;

namespace DtiRules.Data.Binding;

/// <summary>
/// For an unknown column that holds text (status, person in charge, evidence), the declaration that
/// would keep it as a note: <c>, or declare it as a note: note trang_thai "Trạng thái"</c>.
/// </summary>
/// <remarks>
/// The cells are read once, when the first unknown column asks, and only those of unknown columns
/// are looked at: a sheet with many unknown columns (a wide export pasted whole) is read once, not
/// once per column.
/// </remarks>
internal sealed class NoteHint(RawDataset raw, DataSchema schema)
{
    private HashSet<string>? _textColumns;

    /// <summary>The hint for column <paramref name="column"/>, or empty when every cell of it is empty or a number.</summary>
    public string For(string column)
    {
        _textColumns ??= UnknownTextColumns();
        return _textColumns.Contains(column)
            ? DiagnosticTexts.Phrase(nameof(DiagnosticText.DeclareAsNote), $"note {NoteIds.FromHeader(column)} \"{column.Replace("\"", "'", StringComparison.Ordinal)}\"")
            : string.Empty;
    }

    /// <summary>The columns that are neither fields nor notes of the schema and have a cell with text that is not a number.</summary>
    private HashSet<string> UnknownTextColumns()
    {
        var unknown = raw.Fields.Where(f => !schema.TryGetField(f, out _) && !schema.TryGetNote(f, out _)).ToHashSet(StringComparer.Ordinal);
        var holdingText = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in raw.Rows)
        {
            foreach (var cell in row.Cells)
            {
                if (unknown.Contains(cell.Field) && !holdingText.Contains(cell.Field) && IsText(cell.Text.Trim()))
                {
                    holdingText.Add(cell.Field);
                }
            }
        }

        return holdingText;
    }

    private static bool IsText(string text) => text.Length > 0 && !IsNumber(text);

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
