using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace DtiRules.Language.Text;

/// <summary>
/// Turns a file's bytes into NFC text: UTF-8 (with or without a byte order mark) or UTF-16 with
/// one. Rulesets and datasets share it; each reports a failure with its own diagnostic code.
/// </summary>
public static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The decoded text, or null with <paramref name="problem"/> saying why and where.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out DecodingProblem? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], bigEndian: false, out problem);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], bigEndian: true, out problem);
        }

        var content = bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        if (content.Contains((byte)0))
        {
            // A text file in UTF-8 never holds NUL; this is UTF-16 saved without a byte order mark.
            problem = new DecodingProblem("the file looks like UTF-16 without a byte order mark", 0, 0);
            return null;
        }

        var badByte = FirstInvalidUtf8Byte(content);
        if (badByte >= 0)
        {
            var (line, column) = PositionOf(content, badByte);
            var message = string.Format(CultureInfo.InvariantCulture, "byte 0x{0:X2} on line {1} is not valid UTF-8", content[badByte], line);
            problem = new DecodingProblem(message, line, column);
            return null;
        }

        return Encoding.UTF8.GetString(content).Normalize(NormalizationForm.FormC);
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> content, bool bigEndian, out DecodingProblem? problem)
    {
        problem = null;
        try
        {
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            return encoding.GetString(content).Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException (a lone surrogate or an odd byte count) and normalisation failures.
            problem = new DecodingProblem("the file starts with a UTF-16 byte order mark but is not valid UTF-16", 0, 0);
            return null;
        }
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> content)
    {
        var buffer = new char[content.Length];
        var status = Utf8.ToUtf16(content, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? -1 : bytesRead;
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> content, int offset)
    {
        var before = content[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
