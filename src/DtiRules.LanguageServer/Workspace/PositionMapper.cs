using DtiRules.Language.Text;
using DtiRules.LanguageServer.Protocol;
using Range = DtiRules.LanguageServer.Protocol.Range;

namespace DtiRules.LanguageServer.Workspace;

/// <summary>
/// Converts between the protocol's zero-based positions and the language's spans and 1-based
/// locations. Both count UTF-16 code units, so a column needs no re-encoding.
/// </summary>
internal static class PositionMapper
{
    /// <summary>The offset of a position; positions outside the text are pulled inside it.</summary>
    public static int ToOffset(SourceText text, Position position) =>
        text.GetOffset(new LinePosition(position.Line + 1, position.Character + 1));

    /// <summary>The protocol range of a span.</summary>
    public static Range ToRange(TextSpan span) => ToRange(span.Location);

    /// <summary>The protocol range of a location; a location without a line is the file's start.</summary>
    public static Range ToRange(SourceLocation location)
    {
        var start = new Position(Math.Max(0, location.Line - 1), Math.Max(0, location.Column - 1));
        var end = location.EndLine > 0 ? new Position(location.EndLine - 1, Math.Max(0, location.EndColumn - 1)) : start;
        return new Range(start, end);
    }
}
