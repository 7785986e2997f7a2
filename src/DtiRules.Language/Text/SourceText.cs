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

    /// <summary>
    /// The offset of a 1-based line and column; a line past the end gives the end of the text and a
    /// column past the end of its line gives the line's end, so positions sent by an editor are safe.
    /// </summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 1)
        {
            return 0;
        }

        if (position.Line > _lineStarts.Length)
        {
            return Text.Length;
        }

        var start = _lineStarts[position.Line - 1];
        var end = position.Line < _lineStarts.Length ? _lineStarts[position.Line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return Math.Clamp(start + position.Column - 1, start, end);
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
