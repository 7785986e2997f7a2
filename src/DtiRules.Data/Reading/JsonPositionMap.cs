using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// Finds where JSON tokens start. The JSON reader reports where a token ends; the start of the
/// next token is the first character after that end that is not white space or punctuation.
/// </summary>
internal sealed class JsonPositionMap
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    /// <summary>Indexes the lines of <paramref name="text"/>, breaking lines as the JSON reader does (LF, CR LF or CR).</summary>
    public JsonPositionMap(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>
    /// The 1-based line and column of the first token after the position the reader reported
    /// (<paramref name="line"/>, <paramref name="linePosition"/>: the character count of the line
    /// up to the end of the previous token).
    /// </summary>
    public LinePosition NextTokenAfter(int line, int linePosition)
    {
        var offset = line <= 0 ? 0 : Math.Min(_lineStarts[Math.Min(line, _lineStarts.Count) - 1] + linePosition, _text.Length);
        while (offset < _text.Length && (char.IsWhiteSpace(_text[offset]) || _text[offset] is ',' or ':' or '\uFEFF'))
        {
            offset++;
        }

        var lineIndex = _lineStarts.BinarySearch(offset);
        if (lineIndex < 0)
        {
            lineIndex = ~lineIndex - 1;
        }

        return new LinePosition(lineIndex + 1, offset - _lineStarts[lineIndex] + 1);
    }
}
