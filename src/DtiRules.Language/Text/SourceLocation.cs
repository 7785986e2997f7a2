namespace DtiRules.Language.Text;

/// <summary>
/// Where a diagnostic points: a file and a 1-based line and column, with an optional end.
/// Data files use it too, with the row as the line and the field's column number as the column.
/// </summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Line">1-based line (or data row).</param>
/// <param name="Column">1-based column (or field position).</param>
/// <param name="EndLine">1-based line where the range ends, or 0 when unknown.</param>
/// <param name="EndColumn">1-based column where the range ends, or 0 when unknown.</param>
public sealed record SourceLocation(string Path, int Line, int Column, int EndLine = 0, int EndColumn = 0)
{
    /// <summary>A location that names only a file, for problems with the file as a whole.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);

    /// <summary>Renders as <c>path(line,col)</c>, the form editors and CI problem matchers read.</summary>
    public override string ToString() =>
        Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
