using System.Text;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Text;

/// <summary>Reads a ruleset file strictly as UTF-8 (with or without BOM), reporting problems as diagnostics.</summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null after reporting why it could not be read.</summary>
    public static SourceText? Read(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticDescriptors.CannotReadFile, SourceLocation.File(path), path, e.Message);
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return SourceText.From(StrictUtf8.GetString(bytes, start, bytes.Length - start), path);
        }
        catch (DecoderFallbackException e)
        {
            var badOffset = start + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(badOffset, bytes.Length)).Count((byte)'\n');
            diagnostics.Report(DiagnosticDescriptors.InvalidEncoding, new SourceLocation(path, line, 1), line);
            return null;
        }
    }
}
