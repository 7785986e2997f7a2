using System.Globalization;
using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Finds Vietnamese text typed in a legacy font encoding (TCVN3, VNI) inside Unicode text. A word
/// counts as such when it is not Vietnamese as written but is as the font shows it
/// (<c>Néi</c> → <c>Nội</c>, <c>Noäi</c> → <c>Nội</c>); real Vietnamese, English and ids never are,
/// since they either read as syllables already or use letters no legacy font has.
/// </summary>
public static class LegacyFontText
{
    private static readonly LegacyFontEncoding[] Encodings = [LegacyFontEncoding.Tcvn3, LegacyFontEncoding.Vni];

    /// <summary>The stretch of <paramref name="text"/> from the first to the last word a legacy font changes, or null when no word needs one.</summary>
    public static LegacyFontMatch? Find(string text)
    {
        if (Ascii.IsValid(text))
        {
            return null;
        }

        // Each word is read once in each font; a word neither font can spell (most Vietnamese
        // written in Unicode, as "Thử") is no candidate, and only candidates are checked as written.
        var words = Words(text);
        var readings = new List<(int Start, string Word, string? Tcvn3, string? Vni, bool Written)>();
        foreach (var (wordStart, word) in words)
        {
            if (Ascii.IsValid(word) || !CanBeWord(word))
            {
                continue;
            }

            var tcvn3 = ReadAsVietnamese(word, LegacyFontEncoding.Tcvn3);
            var vni = ReadAsVietnamese(word, LegacyFontEncoding.Vni);
            if (tcvn3 is not null || vni is not null)
            {
                readings.Add((wordStart, word, tcvn3, vni, VietnameseWord.IsWritten(word)));
            }
        }

        // The encoding that needs the font for more words wins; on a tie, the one that reads more words
        // as Vietnamese in all (VNI's "soá" is số, while TCVN3 reads it as no word); then TCVN3.
        string? ReadingIn(LegacyFontEncoding encoding, (int Start, string Word, string? Tcvn3, string? Vni, bool Written) w) =>
            encoding == LegacyFontEncoding.Tcvn3 ? w.Tcvn3 : w.Vni;
        var best = Encodings
            .Select(encoding => (
                Encoding: encoding,
                Found: readings.Count(w => !w.Written && ReadingIn(encoding, w) is not null),
                Read: readings.Count(w => ReadingIn(encoding, w) is not null)))
            .OrderByDescending(candidate => candidate.Found)
            .ThenByDescending(candidate => candidate.Read)
            .First();
        if (best.Found == 0)
        {
            return null;
        }

        // The stretch runs over every word the font changes, also those that look Vietnamese as
        // written (TCVN3's "sè" is số), from the first to the last.
        // A word such as "TBình" is no Vietnamese as written, yet the font shows it unchanged: nothing to report.
        var changed = readings.Where(w => ReadingIn(best.Encoding, w) is { } r && r != w.Word).ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var start = changed[0].Start;
        var end = changed[^1].Start + changed[^1].Word.Length;
        return new LegacyFontMatch(start, end - start, best.Encoding, text[start..end], ReadSpan(text, words, start, end, best.Encoding));
    }

    /// <summary>
    /// True when <paramref name="text"/> is legacy-font text throughout: one encoding makes every word
    /// outside ASCII either a Vietnamese syllable already or one as the font shows it, and at least one
    /// word needs the font. Decoding takes this as evidence that a file's bytes are such a font's.
    /// </summary>
    internal static bool IsWhollyLegacy(string text)
    {
        var words = Words(text).Where(w => !Ascii.IsValid(w.Word)).ToList();
        return Encodings.Any(encoding =>
            words.Exists(w => IsLegacyWord(w.Word, encoding))
            && words.TrueForAll(w => VietnameseWord.IsWritten(w.Word) || ReadAsVietnamese(w.Word, encoding) is not null));
    }

    /// <summary>
    /// <paramref name="text"/> as a font of <paramref name="encoding"/> shows it: every word that reads
    /// as Vietnamese in that font replaced by its reading, everything else as it is.
    /// </summary>
    public static string Read(string text, LegacyFontEncoding encoding) => ReadSpan(text, Words(text), 0, text.Length, encoding);

    // A word needs the font when it is not Vietnamese as written but is as the font shows it.
    private static bool IsLegacyWord(string word, LegacyFontEncoding encoding) =>
        !Ascii.IsValid(word) && CanBeWord(word) && !VietnameseWord.IsWritten(word) && ReadAsVietnamese(word, encoding) is not null;

    // A lone symbol (×, ½, ·) is no word, though fonts draw letters at such places too: đã is ®· in TCVN3.
    private static bool CanBeWord(string word) => word.Length > 1 || char.IsLetter(word[0]);

    private static string ReadSpan(string text, List<(int Start, string Word)> words, int start, int end, LegacyFontEncoding encoding)
    {
        var reading = new StringBuilder(end - start);
        var position = start;
        foreach (var (wordStart, word) in words.Where(w => w.Start >= start && w.Start < end))
        {
            reading.Append(text, position, wordStart - position);
            reading.Append(CanBeWord(word) ? ReadAsVietnamese(word, encoding) ?? word : word);
            position = wordStart + word.Length;
        }

        reading.Append(text, position, end - position);
        return reading.ToString();
    }

    /// <summary>The word as the font shows it, when that is Vietnamese; otherwise null.</summary>
    private static string? ReadAsVietnamese(string word, LegacyFontEncoding encoding)
    {
        var reading = encoding switch
        {
            LegacyFontEncoding.Tcvn3 => Tcvn3Font.Read(word),
            LegacyFontEncoding.Vni => VniFont.Read(word),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown legacy font encoding."),
        };
        return reading is not null && VietnameseWord.IsSpelled(reading) ? reading : null;
    }

    /// <summary>Maximal runs of letters, combining marks and Latin-1 characters (which legacy fonts use for letters).</summary>
    private static List<(int Start, string Word)> Words(string text)
    {
        var words = new List<(int, string)>();
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
                words.Add((start, text[start..index]));
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsLetter(character)
        || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || character is >= '\u00A1' and <= '\u00FF';
}
