using DtiRules.Language.Resources;

namespace DtiRules.Language.Text;

/// <summary>Recognises the binary files most often given where text is expected: Excel workbooks.</summary>
internal static class BinarySignature
{
    private static readonly byte[] OfficeBinary = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>What the file is, in words that can start a problem message, or null when it has no known signature.</summary>
    public static string? Describe(ReadOnlySpan<byte> content) =>
        content.StartsWith(OfficeBinary) ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Binary_Xls))
        : content.StartsWith(Zip) ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Binary_Zip))
        : null;
}
