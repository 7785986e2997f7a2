using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Recognises UTF-16 saved without a byte order mark. Text in UTF-8 or a code page never holds
/// NUL bytes, while UTF-16 text holds one in every ASCII character (at odd offsets little-endian,
/// even ones big-endian); the bytes count as UTF-16 when at least one character in five has such a
/// NUL (digits, separators, spaces and line breaks alone are more than that in any table or
/// ruleset) and they decode to text with no control characters but tab and line breaks. A stray
/// NUL in a UTF-8 file is then not taken for UTF-16 and is reported where it stands.
/// </summary>
internal static class Utf16WithoutMark
{
    /// <summary>The decoded text and its byte order, or null when the bytes are not UTF-16 text.</summary>
    public static (string Text, bool BigEndian)? TryDecode(ReadOnlySpan<byte> content)
    {
        if (content.Length % 2 != 0)
        {
            return null;
        }

        var (evenZeros, oddZeros) = (0, 0);
        for (var index = 0; index < content.Length; index++)
        {
            if (content[index] == 0)
            {
                _ = index % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }

        var bigEndian = evenZeros > oddZeros;
        if (Math.Max(evenZeros, oddZeros) * 5L < content.Length / 2)
        {
            return null;
        }

        string text;
        try
        {
            text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return TextCharacters.AreText(text) ? (text, bigEndian) : null;
    }
}
