using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>Turns a data file's bytes into NFC text: UTF-8 (with or without a byte order mark) or UTF-16 with one.</summary>
internal static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The text of <paramref name="bytes"/>, or null after reporting why it cannot be decoded.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), path, diagnostics);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), path, diagnostics);
        }

        var content = bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        if (content.Contains((byte)0))
        {
            // A text file in UTF-8 never holds NUL; this is UTF-16 saved without a byte order mark.
            diagnostics.Report(DataDiagnostics.Encoding, SourceLocation.File(path), "the file looks like UTF-16 without a byte order mark");
            return null;
        }

        var badByte = FirstInvalidUtf8Byte(content);
        if (badByte >= 0)
        {
            var (line, column) = PositionOf(content, badByte);
            diagnostics.Report(
                DataDiagnostics.Encoding,
                new SourceLocation(path, line, column),
                string.Format(CultureInfo.InvariantCulture, "byte 0x{0:X2} on line {1} is not valid UTF-8", content[badByte], line));
            return null;
        }

        return Encoding.UTF8.GetString(content).Normalize(NormalizationForm.FormC);
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> content, Encoding encoding, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return encoding.GetString(content).Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException (a lone surrogate or an odd byte count) and normalisation failures.
            diagnostics.Report(DataDiagnostics.Encoding, SourceLocation.File(path), "the file starts with a UTF-16 byte order mark but is not valid UTF-16");
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
