using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Folds Vietnamese text to a comparison form, so that names written in NFC, NFD, with accents
/// placed differently (Hòa/Hoà) or without diacritics compare equal.
/// </summary>
public static class TextFolding
{
    // The canonical decomposition of each character outside ASCII met so far.
    private static readonly ConcurrentDictionary<char, string> Decomposed = new();

    /// <summary>
    /// Lower-case text without combining marks, with đ as d and every run of white space as one
    /// space, trimmed.
    /// </summary>
    public static string Fold(string text)
    {
        // PERF: called for every unit name of a list and of a dataset, and for level cells. Decomposing
        // character by character (each character's decomposition computed once) gives what
        // decomposing the whole text gives, since the marks canonical ordering would move are
        // dropped; text with marks that are kept (spacing, enclosing) or surrogates takes the long way.
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (character < 0x80)
            {
                Append(folded, character, ref pendingSpace);
                continue;
            }

            if (char.IsSurrogate(character) || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                return FoldWhole(text);
            }

            foreach (var part in Decomposed.GetOrAdd(character, c => c.ToString().Normalize(NormalizationForm.FormD)))
            {
                Append(folded, part, ref pendingSpace);
            }
        }

        return folded.ToString();
    }

    private static string FoldWhole(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var character in decomposed)
        {
            Append(folded, character, ref pendingSpace);
        }

        return folded.ToString();
    }

    private static void Append(StringBuilder folded, char character, ref bool pendingSpace)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
        {
            return;
        }

        if (char.IsWhiteSpace(character))
        {
            pendingSpace = folded.Length > 0;
            return;
        }

        if (pendingSpace)
        {
            folded.Append(' ');
            pendingSpace = false;
        }

        folded.Append(character is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(character));
    }

    /// <summary>The folded text with everything but letters and digits removed.</summary>
    public static string Key(string text) => LettersAndDigits(Fold(text));

    /// <summary>Keeps only the letters and digits of already folded text.</summary>
    public static string LettersAndDigits(string folded)
    {
        var key = new StringBuilder(folded.Length);
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                key.Append(character);
            }
        }

        return key.ToString();
    }
}
