namespace DtiRules.Data.Reading.Criteria;

/// <summary>A criteria sheet read: its recognised columns and its rows under the header.</summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="CellPath">The path positions carry: the file, or <c>book.xlsx[Sheet]</c>.</param>
/// <param name="Columns">Every column under the header, in order.</param>
/// <param name="Rows">The rows under the header that are not empty, in order.</param>
public sealed record CriteriaSheet(string Path, string CellPath, IReadOnlyList<CriteriaColumn> Columns, IReadOnlyList<CriteriaRow> Rows)
{
    /// <summary>The max points column, or null.</summary>
    public CriteriaColumn? Max => Columns.FirstOrDefault(c => c.Kind == CriteriaColumnKind.Max);

    /// <summary>The group column, or null.</summary>
    public CriteriaColumn? Group => Columns.FirstOrDefault(c => c.Kind == CriteriaColumnKind.Group);

    /// <summary>The round columns, in order.</summary>
    public IReadOnlyList<CriteriaColumn> Rounds => [.. Columns.Where(c => c.Kind == CriteriaColumnKind.Round)];

    /// <summary>The note columns (status, person in charge, deadline, evidence…), in order.</summary>
    public IReadOnlyList<CriteriaColumn> Notes => [.. Columns.Where(c => c.Kind == CriteriaColumnKind.Note && c.Header.Length > 0)];
}
