using DtiRules.Analysis.Wording;

namespace DtiRules.Cli.Output;

/// <summary>A result flattened to text cells, shared by a command's table, CSV, JSON and workbook so all show the same columns.</summary>
/// <param name="Columns">Column names, as CSV and JSON write them: stable ids in every language.</param>
/// <param name="Rows">Rows of cell texts, in the order of <paramref name="Columns"/>, with invariant numbers and words as CSV and JSON write them.</param>
/// <param name="Kinds">What each column holds, in the order of <paramref name="Columns"/>.</param>
internal sealed record TextGrid(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<GridColumnKind> Kinds)
{
    private static readonly IReadOnlyDictionary<int, IReadOnlyList<Phrase>> NoWords = new Dictionary<int, IReadOnlyList<Phrase>>();

    /// <summary>A grid whose first <paramref name="textColumns"/> columns hold text and the rest numbers.</summary>
    public TextGrid(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int textColumns)
        : this(columns, rows, [.. columns.Select((_, c) => c < textColumns ? GridColumnKind.Text : GridColumnKind.Number)])
    {
    }

    /// <summary>The column headers a person reads in a table, in the display language; the ids when not given.</summary>
    public IReadOnlyList<string>? Headers { get; init; }

    /// <summary>
    /// The columns whose cells are words rather than data or numbers (yes/no, a stability class, a
    /// level of the tree, a kind of change), by position, with one phrase per row: <see cref="Rows"/>
    /// holds each word as CSV and JSON write it, the same in every language, and the phrase is what
    /// tables and workbooks show, in the reader's language.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Phrase>> Words { get; init; } = NoWords;

    /// <summary>The ids of the columns that hold text.</summary>
    public IReadOnlySet<string> TextColumns => Columns.Where((_, c) => IsText(c)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when column <paramref name="column"/> holds text: a text column, or a column of <see cref="Words"/>.</summary>
    public bool IsText(int column) => Kinds[column] == GridColumnKind.Text || Words.ContainsKey(column);

    /// <summary>The rows as people read them: each word cell written from <see cref="Words"/> in the current language, every other cell as in <see cref="Rows"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PeopleRows()
    {
        foreach (var (column, words) in Words)
        {
            if (column >= Columns.Count || words.Count != Rows.Count)
            {
                throw new InvalidOperationException($"The words of column {column} do not match the grid: {words.Count} for {Rows.Count} rows of {Columns.Count} columns.");
            }
        }

        return [.. Rows.Select((row, r) => (IReadOnlyList<string>)[.. row.Select((cell, c) => Words.TryGetValue(c, out var words) ? words[r].ToString() : cell)])];
    }
}
