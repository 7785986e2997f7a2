using System.Globalization;
using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Folds Vietnamese text to a comparison form, so that names written in NFC, NFD, with accents
/// placed differently (Hòa/Hoà) or without diacritics compare equal.
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// Lower-case text without combining marks, with đ as d and every run of white space as one
    /// space, trimmed.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(character))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(character is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(character));
        }

        return folded.ToString();
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
