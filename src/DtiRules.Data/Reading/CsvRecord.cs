namespace DtiRules.Data.Reading;

/// <summary>One CSV record: the line it starts on and its cells, unquoted.</summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Cells">The cells as written, unquoted but not trimmed.</param>
internal sealed record CsvRecord(int Line, PackedCells Cells)
{
    /// <summary>A record of the cells <paramref name="cells"/>.</summary>
    public CsvRecord(int line, IReadOnlyList<string> cells)
        : this(line, PackedCells.Of(cells))
    {
    }
}
