using System.Text;

namespace DtiRules.Language.Text;

/// <summary>
/// Whether a word is Vietnamese: a syllable spelled with letters of the Vietnamese alphabet and as
/// Vietnamese spelling builds them (consonants, one vowel group, a final consonant where the group
/// takes one, at most one tone, and only the acute or dot-below tone before a final c, ch, k, p or
/// t), or an abbreviation of consonants. Encoding detection uses it as evidence: text decoded
/// with the right code page reads as such words, text decoded with the wrong one does not.
/// Initial consonants are accepted loosely (<c>Krông</c>, <c>Xtiêng</c>) so that place names of
/// every region pass.
/// </summary>
internal static class VietnameseWord
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string Consonants = "bcdđfghjklmnpqrstvwxz";

    // Tone marks, as combining characters: none, grave, acute, hook above, tilde, dot below.
    private const char NoTone = '\0', Acute = '\u0301', DotBelow = '\u0323';
    private static readonly char[] Tones = [NoTone, '\u0300', Acute, '\u0309', '\u0303', DotBelow];

    // Vowel groups that end the syllable, that need a final consonant, and that may have one.
    private static readonly HashSet<string> OpenGroups = new(StringComparer.Ordinal)
    {
        "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "uơ", "ưa", "ưi", "ưu",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
    };

    private static readonly HashSet<string> ClosedGroups = new(StringComparer.Ordinal) { "ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê", "oo" };

    private static readonly HashSet<string> EitherGroups = new(StringComparer.Ordinal) { "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "oa", "oe", "uê", "uy" };

    // Only these groups take the final ch and nh (anh, ếch, kính, hoạch, huỳnh).
    private static readonly HashSet<string> PalatalGroups = new(StringComparer.Ordinal) { "a", "ê", "i", "oa", "uê", "uy" };

    private static readonly HashSet<string> Finals = new(StringComparer.Ordinal) { "c", "ch", "k", "m", "n", "ng", "nh", "p", "t" };

    private static readonly HashSet<string> StopFinals = new(StringComparer.Ordinal) { "c", "ch", "k", "p", "t" };

    // Every lower-case letter of the alphabet, with its toneless form and its tone.
    private static readonly Dictionary<char, (char Toneless, char Tone)> Letters = BuildLetters();

    /// <summary>True when <paramref name="word"/> (NFC, any case) is spelled as one Vietnamese syllable.</summary>
    public static bool IsSyllable(string word)
    {
        var toneless = new StringBuilder(word.Length);
        var tone = NoTone;
        foreach (var character in word)
        {
            if (!Letters.TryGetValue(char.ToLowerInvariant(character), out var letter) || (letter.Tone != NoTone && tone != NoTone))
            {
                return false;
            }

            toneless.Append(letter.Toneless);
            tone = letter.Tone == NoTone ? tone : letter.Tone;
        }

        return HasSyllableShape(toneless.ToString(), tone);
    }

    /// <summary>
    /// True when <paramref name="word"/> (NFC, any case) is spelled as Vietnamese: a syllable, or an
    /// abbreviation of consonants only such as <c>QĐ</c> (quyết định) or <c>ĐBSCL</c>.
    /// </summary>
    public static bool IsSpelled(string word) =>
        IsSyllable(word) || (word.Length > 0 && word.All(c => Consonants.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)));

    /// <summary>
    /// True when <paramref name="word"/> is Vietnamese as written: spelled so, and in lower case, upper
    /// case or with a capital first letter. Legacy fonts draw lower-case letters at upper-case Latin-1
    /// places (<c>ViÖt</c>), so text read in the wrong encoding often fails the case test.
    /// </summary>
    public static bool IsWritten(string word) =>
        IsSpelled(word) && (word[1..].All(char.IsLower) || word.All(char.IsUpper));

    /// <summary>
    /// True when <paramref name="word"/> (NFC) is spelled as the names of the Central Highlands are
    /// (<c>Đăk</c>, <c>Păh</c>, <c>Dliê</c>, <c>Êbur</c>, <c>Glei</c>): a capitalised word of letters
    /// of the Vietnamese alphabet other than f, j, w and z, whose vowel runs are Vietnamese vowel
    /// groups (or ei), with at most one tone in all when it has several. Vietnamese spelling rules
    /// on finals and tones do not hold for them, while text of another code page still fails.
    /// </summary>
    public static bool IsHighlandName(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word[1..].All(char.IsLower))
        {
            return false;
        }

        var (runs, tones) = (new List<string>(), 0);
        var run = new StringBuilder();
        foreach (var character in word)
        {
            if (!Letters.TryGetValue(char.ToLowerInvariant(character), out var letter) || letter.Toneless is 'f' or 'j' or 'w' or 'z')
            {
                return false;
            }

            tones += letter.Tone == NoTone ? 0 : 1;
            if (Vowels.Contains(letter.Toneless, StringComparison.Ordinal))
            {
                run.Append(letter.Toneless);
            }
            else if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }

        if (run.Length > 0)
        {
            runs.Add(run.ToString());
        }

        return runs.Count > 0
            && tones <= 1
            && runs.TrueForAll(group => group == "ei" || OpenGroups.Contains(group) || ClosedGroups.Contains(group) || EitherGroups.Contains(group));
    }

    private static bool HasSyllableShape(string toneless, char tone)
    {
        var onsetEnd = 0;
        while (onsetEnd < toneless.Length && Consonants.Contains(toneless[onsetEnd], StringComparison.Ordinal))
        {
            onsetEnd++;
        }

        var groupEnd = onsetEnd;
        while (groupEnd < toneless.Length && Vowels.Contains(toneless[groupEnd], StringComparison.Ordinal))
        {
            groupEnd++;
        }

        var onset = toneless[..onsetEnd];
        var group = toneless[onsetEnd..groupEnd];
        var final = toneless[groupEnd..];

        // In "gi-" and "qu-" the i and u belong to the onset when another vowel follows (giữa, quốc);
        // before y the u of qu- stays in the group, which takes a final then (quýt, Quỳnh).
        if (group.Length > 1 && ((onset.EndsWith('g') && group[0] == 'i') || (onset.EndsWith('q') && group[0] == 'u' && group[1] != 'y')))
        {
            group = group[1..];
        }

        if (onset.Length > 3)
        {
            return false;
        }

        if (final.Length == 0)
        {
            return OpenGroups.Contains(group) || EitherGroups.Contains(group);
        }

        return Finals.Contains(final)
            && (ClosedGroups.Contains(group) || EitherGroups.Contains(group))
            && (final is not ("ch" or "nh") || PalatalGroups.Contains(group))
            && (!StopFinals.Contains(final) || tone is Acute or DotBelow);
    }

    private static Dictionary<char, (char, char)> BuildLetters()
    {
        var letters = new Dictionary<char, (char, char)>();
        foreach (var vowel in Vowels)
        {
            foreach (var tone in Tones)
            {
                var composed = (tone == NoTone ? vowel.ToString() : vowel.ToString() + tone).Normalize(NormalizationForm.FormC);
                letters[composed[0]] = (vowel, tone);
            }
        }

        foreach (var consonant in Consonants)
        {
            letters[consonant] = (consonant, NoTone);
        }

        return letters;
    }
}
