namespace DtiRules.Language.Text;

/// <summary>The text of one file with a line table, so offsets can be shown as line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path the text was read from, as the user wrote it; shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Wraps <paramref name="text"/> read from <paramref name="path"/>.</summary>
    public static SourceText From(string text, string path = "") => new(path, text);

    /// <summary>The 1-based line and column of an offset.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The location of a span, for a diagnostic.</summary>
    public SourceLocation GetLocation(TextSpan span)
    {
        var start = GetLinePosition(span.Start);
        var end = GetLinePosition(span.End);
        return new SourceLocation(Path, start.Line, start.Column, end.Line, end.Column);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
