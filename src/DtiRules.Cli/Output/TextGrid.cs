namespace DtiRules.Cli.Output;

/// <summary>A result flattened to text cells, shared by a command's table and CSV so both show the same columns.</summary>
/// <param name="Columns">Column names, as CSV and JSON write them: stable ids in every language.</param>
/// <param name="Rows">Rows of cell texts, in the order of <paramref name="Columns"/>, with invariant numbers.</param>
/// <param name="Kinds">What each column holds, in the order of <paramref name="Columns"/>.</param>
internal sealed record TextGrid(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<GridColumnKind> Kinds)
{
    /// <summary>A grid whose first <paramref name="textColumns"/> columns hold text and the rest numbers.</summary>
    public TextGrid(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int textColumns)
        : this(columns, rows, [.. columns.Select((_, c) => c < textColumns ? GridColumnKind.Text : GridColumnKind.Number)])
    {
    }

    /// <summary>The column headers a person reads in a table, in the display language; the ids when not given.</summary>
    public IReadOnlyList<string>? Headers { get; init; }

    /// <summary>The rows as a table shows them, with words of the display language where a cell holds a word; <see cref="Rows"/> when not given.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? PeopleRows { get; init; }

    /// <summary>The ids of the columns that hold text.</summary>
    public IReadOnlySet<string> TextColumns => Columns.Where((_, c) => IsText(c)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when column <paramref name="column"/> holds text.</summary>
    public bool IsText(int column) => Kinds[column] == GridColumnKind.Text;
}
