namespace DtiRules.Cli.Output;

/// <summary>A result flattened to text cells, shared by a command's table and CSV so both show the same columns.</summary>
/// <param name="Columns">Column names, as CSV and JSON write them: stable ids in every language.</param>
/// <param name="Rows">Rows of cell texts, in the order of <paramref name="Columns"/>, with invariant numbers.</param>
/// <param name="TextColumns">How many leading columns hold text (left-aligned in tables); the rest hold numbers.</param>
internal sealed record TextGrid(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, int TextColumns)
{
    /// <summary>The column headers a person reads in a table, in the display language; the ids when not given.</summary>
    public IReadOnlyList<string>? Headers { get; init; }

    /// <summary>The rows as a table shows them, with words of the display language where a cell holds a word; <see cref="Rows"/> when not given.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? PeopleRows { get; init; }
}
