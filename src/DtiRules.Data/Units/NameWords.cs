using System.Globalization;
using System.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// Cuts a written unit name into words of letters and digits (<see cref="NameWord"/>), and says
/// whether it is written with diacritics. Everything else separates words and is dropped, except
/// <c>&amp;</c>, which is the word <c>và</c>.
/// </summary>
internal static class NameWords
{
    // The five tone marks as NFD writes them: grave, acute, tilde, hook above, dot below.
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    private static readonly NameWord And = new("va\u0300", "va", Dotted: false);

    /// <summary>The words of <paramref name="written"/>, and whether it has any diacritic (a combining mark or đ).</summary>
    public static (List<NameWord> Words, bool Accented) Split(string written)
    {
        // PERF: called for every spelling of every unit of a list and every unit cell of a dataset.
        var text = written.Normalize(NormalizationForm.FormD);
        var words = new List<NameWord>(4);
        var exact = new StringBuilder();
        var folded = new StringBuilder();
        var tones = new StringBuilder();
        var accented = false;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsLetterOrDigit(character))
            {
                accented |= character is 'đ' or 'Đ';
                exact.Append(char.ToLowerInvariant(character));
                folded.Append(character is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(character));
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                accented = true;
                if (folded.Length > 0)
                {
                    (ToneMarks.Contains(character, StringComparison.Ordinal) ? tones : exact).Append(character);
                }

                continue;
            }

            End(words, exact, folded, tones, dotted: character == '.');
            if (character == '&')
            {
                words.Add(And);
            }
        }

        End(words, exact, folded, tones, dotted: false);
        return (words, accented);
    }

    private static void End(List<NameWord> words, StringBuilder exact, StringBuilder folded, StringBuilder tones, bool dotted)
    {
        if (folded.Length == 0)
        {
            return;
        }

        var foldedText = folded.ToString();
        if (foldedText.All(char.IsDigit))
        {
            // Phường 01 is Phường 1.
            var number = foldedText.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
            words.Add(new NameWord(number, number, dotted));
        }
        else
        {
            // One tone per syllable wherever it was typed (Hòa, Hoà): it goes after the letters.
            var toneText = tones.Length > 1 ? new string([.. tones.ToString().Order()]) : tones.ToString();
            words.Add(new NameWord(exact.Append(toneText).ToString(), foldedText, dotted));
        }

        exact.Clear();
        folded.Clear();
        tones.Clear();
    }
}
