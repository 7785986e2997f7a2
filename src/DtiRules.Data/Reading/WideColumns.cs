namespace DtiRules.Data.Reading;

/// <summary>
/// The named columns of a wide table, shared by all its rows: which cell of a record each field
/// is read from, and the file positions carry. One per table, so a row costs its record's cells only.
/// </summary>
/// <param name="Path">The path positions carry.</param>
/// <param name="Fields">The field of each used column, in header order.</param>
/// <param name="Indexes">The 0-based cell of the record each field is read from.</param>
internal sealed record WideColumns(string Path, IReadOnlyList<string> Fields, IReadOnlyList<int> Indexes)
{
    /// <summary>The same columns without <paramref name="field"/>.</summary>
    public WideColumns Without(string field)
    {
        var kept = Enumerable.Range(0, Fields.Count).Where(i => Fields[i] != field).ToList();
        return new WideColumns(Path, [.. kept.Select(i => Fields[i])], [.. kept.Select(i => Indexes[i])]);
    }
}
