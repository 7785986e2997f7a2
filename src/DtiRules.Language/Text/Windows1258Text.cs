using System.Globalization;
using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Reads Windows-1258, the code page Vietnamese Windows saves text in. It writes most toned
/// letters as a base letter and a combining tone mark, so the decoded text is normalised to NFC.
/// The bytes count as Windows-1258 only on evidence: the words with letters outside ASCII must
/// then be Vietnamese syllables or abbreviations, as they are in real Vietnamese text and are not in
/// text of another code page or of a legacy font read this way. A few words may be foreign
/// (<see cref="ForeignWordsAllowed"/> in a hundred), and names spelled as those of the Central
/// Highlands (<c>Đăk</c>, <c>Păh</c>, <c>Êbur</c>) count as Vietnamese: they break Vietnamese
/// spelling, and a list of highland communes must not be unreadable for it.
/// </summary>
internal static class Windows1258Text
{
    private static readonly Encoding Encoding = CodePagesEncodingProvider.Instance.GetEncoding(
        1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>How many words in a hundred may be foreign in a file still read as Windows-1258.</summary>
    private const int ForeignWordsAllowed = 5;

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

        var (words, foreign, first) = CountWords(text);
        foreignWord = first;
        return foreign * 100 <= words * ForeignWordsAllowed ? text : null;
    }

    /// <summary>
    /// The runs of letters with a letter outside ASCII, how many of them are not Vietnamese, and the
    /// first of those with its 1-based line.
    /// </summary>
    private static (int Words, int Foreign, (string Word, int Line)? First) CountWords(string text)
    {
        var (words, foreign) = (0, 0);
        (string Word, int Line)? first = null;
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
                if (!Ascii.IsValid(word))
                {
                    words++;
                    if (!VietnameseWord.IsWritten(word) && !VietnameseWord.IsHighlandName(word))
                    {
                        foreign++;
                        first ??= (word, text.AsSpan(0, start).Count('\n') + 1);
                    }
                }

                start = -1;
            }
        }

        return (words, foreign, first);
    }

    private static bool IsWordCharacter(char character) =>
        char.IsLetter(character) || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark;
}
