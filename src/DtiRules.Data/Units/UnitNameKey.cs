using System.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// The comparison keys of a written unit name. The text is cut into words of letters and digits
/// (<see cref="NameWords"/>); a key joins the words without what separated them, so case, spaces,
/// hyphens, dashes and dots do not matter, except between two numbers: <c>1.1</c> is <c>1 1</c>,
/// never <c>11</c>. A key keeps the diacritics (NFC/NFD and accent placement aside), so Tân Hòa
/// and Tân Hóa have different keys; each name also has folded keys without them, which a name
/// written without any diacritic matches directly and any other name only as a fallback. A key
/// with diacritics never equals a folded one, so both live in one index. A name has one key per
/// administrative prefix it can drop (<see cref="UnitNamePrefixes"/>, abbreviations written
/// out), from the name as written to the name without any; a prefix is never dropped when only a
/// number would remain, so <c>Phường 1</c> stays itself.
/// </summary>
public static class UnitNameKey
{
    /// <summary>The key of <paramref name="written"/> as written, without dropping a prefix; empty when it has no letter or digit.</summary>
    public static string Of(string written) => Stages(written) is [var first, ..] ? first : string.Empty;

    /// <summary>The key of <paramref name="written"/> without diacritics and without dropping a prefix; empty when it has no letter or digit.</summary>
    public static string FoldedOf(string written) => FoldedStages(written) is [var first, ..] ? first : string.Empty;

    /// <summary>True when <paramref name="written"/> has any diacritic (a combining mark or đ).</summary>
    public static bool HasDiacritics(string written) => NameWords.Split(written).Accented;

    /// <summary>
    /// The keys <paramref name="written"/> is looked up by first: as written, then after dropping
    /// each leading prefix in turn, with its diacritics when it has any. Empty when the text has no letter or digit.
    /// </summary>
    public static IReadOnlyList<string> Stages(string written)
    {
        var (words, starts, accented) = Staged(written);
        return [.. starts.Select(start => Join(words, start, exact: accented))];
    }

    /// <summary>The <see cref="Stages"/> of <paramref name="written"/> without diacritics, the fallback it is looked up by.</summary>
    public static IReadOnlyList<string> FoldedStages(string written)
    {
        var (words, starts, _) = Staged(written);
        return [.. starts.Select(start => Join(words, start, exact: false))];
    }

    /// <summary>The keys a list indexes <paramref name="spelling"/> by: its <see cref="Stages"/> and its <see cref="FoldedStages"/>.</summary>
    public static IReadOnlyList<string> IndexedStages(string spelling)
    {
        var (words, starts, accented) = Staged(spelling);
        return [.. starts.Select(start => Join(words, start, exact: accented)).Concat(starts.Select(start => Join(words, start, exact: false))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// True when a name written as <paramref name="first"/> and one written as <paramref name="second"/>
    /// may be the same name: equal with their diacritics, or equal without them when either is written without any.
    /// </summary>
    public static bool SameName(string first, string second) =>
        Of(first) == Of(second)
        || ((!HasDiacritics(first) || !HasDiacritics(second)) && FoldedOf(first) == FoldedOf(second));

    /// <summary>True when <paramref name="written"/> is a number, possibly with separators (<c>1.1</c>, <c>0,1</c>, <c>12</c>).</summary>
    public static bool IsNumeric(string written)
    {
        var words = NameWords.Split(written).Words;
        return words.Count > 0 && words.All(w => w.IsNumber);
    }

    /// <summary>The words with abbreviated prefixes written out, where each stage starts, and whether the name has diacritics.</summary>
    private static (List<NameWord> Words, List<int> Starts, bool Accented) Staged(string written)
    {
        // PERF: called for every spelling of every unit of a list and every unit cell of a dataset.
        var (words, accented) = NameWords.Split(written);
        var staged = new List<NameWord>(words.Count + 2);
        var starts = new List<int>(2);
        var next = 0;
        if (words.Count > 0)
        {
            starts.Add(0);
        }

        while (next < words.Count)
        {
            var (length, prefix) = UnitNamePrefixes.At(words, next, accented);
            if (length == 0)
            {
                break;
            }

            staged.AddRange(prefix);
            next += length;
            if (words.Skip(next).All(w => w.IsNumber))
            {
                break;
            }

            starts.Add(staged.Count);
        }

        staged.AddRange(words.Skip(next));
        return (staged, starts, accented);
    }

    private static string Join(List<NameWord> words, int start, bool exact)
    {
        var key = new StringBuilder();
        for (var w = start; w < words.Count; w++)
        {
            var form = words[w].Form(exact);

            // Two numbers stay apart, so 1.1 and 11 (or 0,1 and 01) never share a key.
            if (key.Length > 0 && char.IsDigit(key[^1]) && char.IsDigit(form[0]))
            {
                key.Append(' ');
            }

            key.Append(form);
        }

        return key.ToString();
    }
}
