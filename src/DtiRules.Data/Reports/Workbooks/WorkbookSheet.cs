using System.Globalization;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>One sheet of a results workbook: a header row of column names and rows of cells.</summary>
/// <param name="Name">The sheet's name (at most 31 characters, none of <c>[]:*?/\</c>).</param>
/// <param name="Columns">Column names, as the CSV of the same table has them; the frozen header row shows <see cref="Headers"/>.</param>
/// <param name="Rows">Cells in the order of <paramref name="Columns"/>: text, <see cref="int"/>, <see cref="decimal"/> or null for an empty cell.</param>
public sealed record WorkbookSheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>
    /// The header row a person reads, one per column (<see cref="WorkbookVocabulary.Translate"/>); by
    /// default the column names themselves.
    /// </summary>
    public IReadOnlyList<string> Headers { get; init; } = Columns;

    /// <summary>Columns whose numbers are shown with four decimals.</summary>
    public IReadOnlySet<string> DecimalColumns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Positions in <see cref="Rows"/> of the rows shown with a fill (e.g. criteria whose scorings differ).</summary>
    public IReadOnlySet<int> HighlightedRows { get; init; } = new HashSet<int>();

    /// <summary>
    /// A sheet from the text cells a CSV holds: the first <paramref name="textColumns"/> columns and
    /// <paramref name="alwaysText"/> stay text, other cells become numbers (empty cells stay empty), and a
    /// column with any fractional number is shown with four decimals.
    /// </summary>
    public static WorkbookSheet FromText(
        string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int textColumns, IReadOnlySet<string>? alwaysText = null)
    {
        bool IsText(int column) => column < textColumns || (alwaysText?.Contains(columns[column]) ?? false);

        var cells = rows.Select(row => (IReadOnlyList<object?>)[.. row.Select((text, c) => IsText(c) ? text : Number(text))]).ToList();
        var decimals = columns
            .Where((_, c) => !IsText(c) && rows.Any(r => r[c].Contains('.', StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        return new WorkbookSheet(name, columns, cells) { DecimalColumns = decimals };
    }

    /// <summary>A sheet of text lines in one column, e.g. the notes of a result.</summary>
    public static WorkbookSheet Lines(string name, string column, IEnumerable<string> lines) =>
        new(name, [column], [.. lines.Select(l => (IReadOnlyList<object?>)[l])]);

    /// <summary>
    /// The number a result cell holds (<c>12</c>, <c>0.4512</c>, <c>+3</c>, <c>-0.0040</c>), or the text
    /// itself when it is none, so nothing is lost; null for an empty cell.
    /// </summary>
    private static object? Number(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : text;
    }
}
