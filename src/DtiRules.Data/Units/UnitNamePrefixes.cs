namespace DtiRules.Data.Units;

/// <summary>
/// The administrative prefixes a unit name may be written with or without, and the abbreviations
/// offices write for them: the one table name matching uses (data/units/README.md lists it).
/// A prefix matches as written: case, NFC/NFD and accent placement aside, with its diacritics,
/// so <c>Bản</c>, <c>Tịnh</c> and <c>Quán</c> are words of the name, not <c>Ban</c>, <c>Tỉnh</c>
/// and <c>Quận</c>; only in a name written without any diacritic does <c>Xa</c> stand for <c>Xã</c>.
/// </summary>
internal static class UnitNamePrefixes
{
    /// <summary>The prefixes, as written in full.</summary>
    public static readonly IReadOnlyList<string> Prefixes =
    [
        "Ủy ban nhân dân", "Thành phố", "Tỉnh", "Thị trấn", "Thị xã", "Đặc khu", "Xã", "Phường", "Huyện", "Quận", "Sở", "Ban",
    ];

    /// <summary>
    /// Abbreviations of prefixes, with the prefix each stands for. An abbreviation written with its
    /// dot counts only with it (<c>Q.</c>, not the <c>H</c> of <c>H'Bông</c>; <c>TT.</c>, not the
    /// <c>TT</c> of <c>TT Huế</c>); <c>UBND</c> and <c>TP</c> count either way.
    /// </summary>
    public static readonly IReadOnlyList<(string Written, string Prefix)> Abbreviations =
    [
        ("UBND", "Ủy ban nhân dân"), ("TP", "Thành phố"), ("TX.", "Thị xã"), ("TT.", "Thị trấn"),
        ("Q.", "Quận"), ("P.", "Phường"), ("X.", "Xã"), ("H.", "Huyện"),
    ];

    private static readonly NameWord[][] PrefixWords = [.. Prefixes.Select(p => NameWords.Split(p).Words.ToArray())];

    private static readonly (NameWord Word, bool NeedsDot, NameWord[] Prefix)[] AbbreviationWords =
    [
        .. Abbreviations.Select(a => (NameWords.Split(a.Written).Words[0], a.Written.EndsWith('.'), NameWords.Split(a.Prefix).Words.ToArray())),
    ];

    /// <summary>
    /// The prefix written at <paramref name="start"/> of <paramref name="words"/>: how many words it
    /// takes and the prefix in full (an abbreviation gives its prefix), or 0 words when there is none.
    /// The words are compared in the form of a name with (<paramref name="exact"/>) or without diacritics.
    /// </summary>
    public static (int Length, IReadOnlyList<NameWord> Prefix) At(IReadOnlyList<NameWord> words, int start, bool exact)
    {
        foreach (var (word, needsDot, prefix) in AbbreviationWords)
        {
            if (words[start].Exact == word.Exact && (words[start].Dotted || !needsDot))
            {
                return (1, prefix);
            }
        }

        NameWord[]? longest = null;
        foreach (var prefix in PrefixWords)
        {
            if (prefix.Length > (longest?.Length ?? 0) && start + prefix.Length <= words.Count && Matches(words, start, prefix, exact))
            {
                longest = prefix;
            }
        }

        return longest is null ? (0, []) : (longest.Length, longest);
    }

    private static bool Matches(IReadOnlyList<NameWord> words, int start, NameWord[] prefix, bool exact)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(words[start + i].Form(exact), prefix[i].Form(exact), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
