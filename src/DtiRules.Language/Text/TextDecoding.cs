using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using DtiRules.Language.Resources;

namespace DtiRules.Language.Text;

/// <summary>
/// Turns a file's bytes into NFC text, the one way rulesets, datasets and unit maps are read.
/// A byte order mark decides; otherwise valid UTF-8 is UTF-8, NUL bytes mean UTF-16 (as Excel
/// saves "Unicode text"), and other bytes are Windows-1258 when they read as Vietnamese, or a
/// legacy font encoding's bytes when they read as that (its words are then reported where they
/// stand). Anything else is refused with the first byte that is not UTF-8, never guessed.
/// </summary>
public static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The decoded text, or null with <paramref name="problem"/> saying why and where.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out DecodingProblem? problem) => Decode(bytes, out _, out problem);

    /// <summary>The decoded text and the <paramref name="encoding"/> it was in, or null with <paramref name="problem"/> saying why and where.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out DetectedEncoding encoding, out DecodingProblem? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = DetectedEncoding.Utf16LittleEndian;
            return DecodeUtf16(bytes[2..], bigEndian: false, out problem);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = DetectedEncoding.Utf16BigEndian;
            return DecodeUtf16(bytes[2..], bigEndian: true, out problem);
        }

        encoding = DetectedEncoding.Utf8;
        var content = bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        if (BinarySignature.Describe(content) is { } binary)
        {
            problem = new DecodingProblem(binary, 0, 0);
            return null;
        }

        if (content.Contains((byte)0))
        {
            return DecodeUtf16WithoutMark(content, out encoding, out problem);
        }

        var badByte = FirstInvalidUtf8Byte(content);
        if (badByte < 0)
        {
            return Nfc(Encoding.UTF8.GetString(content));
        }

        if (Windows1258Text.TryDecode(content, out var foreignWord) is { } vietnamese)
        {
            encoding = DetectedEncoding.Windows1258;
            return vietnamese;
        }

        var latin1 = Encoding.Latin1.GetString(content);
        if (TextCharacters.AreText(latin1) && LegacyFontText.IsWhollyLegacy(latin1))
        {
            encoding = DetectedEncoding.LegacyFontBytes;
            return latin1;
        }

        problem = NotVietnamese(content, badByte, foreignWord);
        return null;
    }

    private static DecodingProblem NotVietnamese(ReadOnlySpan<byte> content, int badByte, (string Word, int Line)? foreignWord)
    {
        var (line, column) = PositionOf(content, badByte);
        var message = DiagnosticTexts.Phrase(nameof(DiagnosticText.Decode_NotUtf8), content[badByte], line);
        if (foreignWord is { } found)
        {
            message += ", " + DiagnosticTexts.Phrase(nameof(DiagnosticText.Decode_NotVietnamese1258), found.Word, found.Line);
        }
        else
        {
            message += ", " + DiagnosticTexts.Phrase(nameof(DiagnosticText.Decode_Not1258));
        }

        return new DecodingProblem(message, line, column);
    }

    /// <summary>
    /// The text in NFC. Most files are NFC already, and asking first spares normalising a copy: that
    /// rents a buffer as large as the file, which the shared pool then keeps for the whole run.
    /// </summary>
    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static string? DecodeUtf16WithoutMark(ReadOnlySpan<byte> content, out DetectedEncoding encoding, out DecodingProblem? problem)
    {
        problem = null;
        encoding = DetectedEncoding.Utf16LittleEndian;
        if (Utf16WithoutMark.TryDecode(content) is not var (text, bigEndian))
        {
            var (line, column) = PositionOf(content, content.IndexOf((byte)0));
            problem = new DecodingProblem(
                DiagnosticTexts.Phrase(nameof(DiagnosticText.Decode_Nul), line, column), line, column);
            return null;
        }

        encoding = bigEndian ? DetectedEncoding.Utf16BigEndian : DetectedEncoding.Utf16LittleEndian;
        return Nfc(text);
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> content, bool bigEndian, out DecodingProblem? problem)
    {
        problem = null;
        try
        {
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            return Nfc(encoding.GetString(content));
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException (a lone surrogate or an odd byte count) and normalisation failures.
            problem = new DecodingProblem(DiagnosticTexts.Phrase(nameof(DiagnosticText.Decode_BadUtf16)), 0, 0);
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
