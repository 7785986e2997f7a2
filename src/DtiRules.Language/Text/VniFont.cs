using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Reads a word typed in a VNI Windows font: some letters are one byte (ơ, ư, đ, and i or y with
/// some tones), the others a base vowel followed by a byte that adds its marks.
/// </summary>
internal static class VniFont
{
    // Bytes that are a whole letter, and the letters they draw (lower case, then upper case).
    private const string WholeBytes = "ôöñæòóîìíÔÖÑÆÒÓÎÌÍ";
    private const string WholeLetters = "ơưđỉịĩỵìíƠƯĐỈỊĨỴÌÍ";

    // Bytes that add marks to the vowel before them, and the combining marks they add.
    private static readonly Dictionary<char, string> MarksOf = BuildMarks();

    private static readonly Dictionary<char, char> LetterOf = WholeBytes.Zip(WholeLetters).ToDictionary(p => p.First, p => p.Second);

    /// <summary>The word as the font shows it (NFC), or null when it is not spelled with the font's letters.</summary>
    public static string? Read(string word)
    {
        var reading = new StringBuilder(word.Length + 4);
        var vowelBefore = false;
        foreach (var character in word)
        {
            if (MarksOf.TryGetValue(character, out var marks))
            {
                if (!vowelBefore)
                {
                    return null;
                }

                reading.Append(marks);
                vowelBefore = false;
            }
            else if (LetterOf.TryGetValue(character, out var letter))
            {
                reading.Append(letter);
                vowelBefore = char.ToLowerInvariant(letter) is 'ơ' or 'ư';
            }
            else if (char.IsAsciiLetter(character))
            {
                reading.Append(character);
                vowelBefore = "aeiouy".Contains(char.ToLowerInvariant(character), StringComparison.Ordinal);
            }
            else
            {
                return null;
            }
        }

        return reading.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Dictionary<char, string> BuildMarks()
    {
        const string Acute = "\u0301", Grave = "\u0300", Hook = "\u0309", Tilde = "\u0303", Dot = "\u0323";
        const string Circumflex = "\u0302", Breve = "\u0306";
        var lower = new Dictionary<char, string>
        {
            ['ù'] = Acute, ['ø'] = Grave, ['û'] = Hook, ['õ'] = Tilde, ['ï'] = Dot,
            ['â'] = Circumflex, ['á'] = Circumflex + Acute, ['à'] = Circumflex + Grave,
            ['å'] = Circumflex + Hook, ['ã'] = Circumflex + Tilde, ['ä'] = Circumflex + Dot,
            ['ê'] = Breve, ['é'] = Breve + Acute, ['è'] = Breve + Grave,
            ['ú'] = Breve + Hook, ['ü'] = Breve + Tilde, ['ë'] = Breve + Dot,
        };
        return lower.Concat(lower.Select(p => KeyValuePair.Create(char.ToUpperInvariant(p.Key), p.Value)))
            .ToDictionary(p => p.Key, p => p.Value);
    }
}
