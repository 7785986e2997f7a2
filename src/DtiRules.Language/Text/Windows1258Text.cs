using System.Globalization;
using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Reads Windows-1258, the code page Vietnamese Windows saves text in. It writes most toned
/// letters as a base letter and a combining tone mark, so the decoded text is normalised to NFC.
/// The bytes count as Windows-1258 only on evidence: every word with letters outside ASCII must
/// then be a Vietnamese syllable or abbreviation, as it is in real Vietnamese text and is not in text of another
/// code page or of a legacy font read this way.
/// </summary>
internal static class Windows1258Text
{
    private static readonly Encoding Encoding = CodePagesEncodingProvider.Instance.GetEncoding(
        1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>The NFC text, or null with <paramref name="foreignWord"/> set to the first word that is not Vietnamese (null when the bytes are not text at all).</summary>
    public static string? TryDecode(ReadOnlySpan<byte> content, out (string Word, int Line)? foreignWord)
    {
        foreignWord = null;
        string text;
        try
        {
            text = Encoding.GetString(content).Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException: a byte the code page leaves undefined.
            return null;
        }

        if (!TextCharacters.AreText(text))
        {
            return null;
        }

        foreignWord = FirstForeignWord(text);
        return foreignWord is null ? text : null;
    }

    /// <summary>The first run of letters with a letter outside ASCII that is not a Vietnamese syllable, with its 1-based line.</summary>
    private static (string Word, int Line)? FirstForeignWord(string text)
    {
        var start = -1;
        for (var index = 0; index <= text.Length; index++)
        {
            var inWord = index < text.Length && IsWordCharacter(text[index]);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..index];
                if (!Ascii.IsValid(word) && !VietnameseWord.IsWritten(word))
                {
                    return (word, text.AsSpan(0, start).Count('\n') + 1);
                }

                start = -1;
            }
        }

        return null;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsLetter(character) || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark;
}
