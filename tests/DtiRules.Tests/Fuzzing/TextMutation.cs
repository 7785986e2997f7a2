using CsCheck;

namespace DtiRules.Tests.Fuzzing;

/// <summary>
/// One edit of a text: a fragment inserted or written over, a span deleted or repeated, or the end
/// cut off. The fragments are what breaks readers: delimiters, quotes and braces, keywords, huge
/// and tiny numbers, NUL, a byte order mark, direction controls, Vietnamese letters.
/// </summary>
internal sealed record TextMutation(MutationKind Kind, int Position, int Length, string Fragment)
{
    private static readonly string[] Fragments =
    [
        "\0", "\u202E", "\uFEFF", "\t", " ", "\n", "\r\n", "\"", "\"\"", "'", "{", "}", "(", ")", ",", ";", ".", "..", "-", "*", "/",
        "==", "=", ">=", "//", "%", "max", "node", "input", "score", "value", "missing", "extends", "override", "remove", "rename",
        "clamp(", "ratio(", "cohort_rank(", "if", "then", "else", "tiers", "levels", "total", "scale",
        "99999999999999999999999999999", "0.0000000000000000000000000001", "1e308", "-0", "NaN", "62,1", "x", "ư", "Đ", "Nội",
    ];

    /// <summary>Edits <paramref name="text"/>; positions and lengths are taken modulo the text so every edit applies.</summary>
    public string Apply(string text)
    {
        var at = text.Length == 0 ? 0 : Position % (text.Length + 1);
        var length = Math.Min(Length, text.Length - at);
        return Kind switch
        {
            MutationKind.Insert => text.Insert(at, Fragment),
            MutationKind.Overwrite => text.Remove(at, length).Insert(at, Fragment),
            MutationKind.Delete => text.Remove(at, length),
            MutationKind.Repeat => text.Insert(at, text.Substring(at, length)),
            MutationKind.Truncate => text[..at],
        };
    }

    /// <summary>Edits with insertions most likely, truncation least.</summary>
    public static Gen<TextMutation> Gen =>
        CsCheck.Gen.Select(
            CsCheck.Gen.Frequency(
                (6, CsCheck.Gen.Const(MutationKind.Insert)), (3, CsCheck.Gen.Const(MutationKind.Overwrite)), (3, CsCheck.Gen.Const(MutationKind.Delete)),
                (2, CsCheck.Gen.Const(MutationKind.Repeat)), (1, CsCheck.Gen.Const(MutationKind.Truncate))),
            CsCheck.Gen.Int[0, int.MaxValue],
            CsCheck.Gen.Int[0, 400],
            CsCheck.Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]),
            (kind, position, length, fragment) => new TextMutation(kind, position, length, fragment));

    /// <summary>One to <paramref name="most"/> edits applied in turn.</summary>
    public static Gen<TextMutation[]> Several(int most) => Gen.Array[1, most];
}
