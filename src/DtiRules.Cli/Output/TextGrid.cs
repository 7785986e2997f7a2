namespace DtiRules.Cli.Output;

/// <summary>A result flattened to text cells, shared by a command's table and CSV so both show the same columns.</summary>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows of cell texts, in the order of <paramref name="Columns"/>.</param>
/// <param name="TextColumns">How many leading columns hold text (left-aligned in tables); the rest hold numbers.</param>
internal sealed record TextGrid(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, int TextColumns);
