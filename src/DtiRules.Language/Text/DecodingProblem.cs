namespace DtiRules.Language.Text;

/// <summary>Why a file's bytes are not text, and where (line and column are 0 for the file as a whole).</summary>
/// <param name="Message">What is wrong, in words that can start a diagnostic.</param>
/// <param name="Line">1-based line of the first bad byte, or 0.</param>
/// <param name="Column">1-based column of the first bad byte, or 0.</param>
public sealed record DecodingProblem(string Message, int Line, int Column)
{
    /// <summary>The problem's location in <paramref name="path"/>.</summary>
    public SourceLocation LocationIn(string path) => Line > 0 ? new SourceLocation(path, Line, Column) : SourceLocation.File(path);
}
