using System.Text;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// The comparison keys of a written unit name. The text is folded (case, diacritics in NFC or NFD,
/// accent placement such as Hòa/Hoà, đ as d) and cut into words of letters and digits; the key
/// joins the words without what separated them, so spaces, hyphens, dashes and dots do not matter,
/// except between two numbers: <c>1.1</c> is <c>1 1</c>, never <c>11</c>. A name has one key per
/// administrative prefix it can drop (Xã, Phường, Thị trấn, Đặc khu, Sở, Ban, UBND, Huyện, Thị
/// xã, Quận, TP., Thành phố, Tỉnh), from the name as written to the name without any of them.
/// A prefix is never dropped when only a number would remain, so <c>Phường 1</c> stays itself.
/// </summary>
public static class UnitNameKey
{
    // Folded words, each a prefix of one or more words; the longest that matches is dropped first.
    private static readonly string[][] Prefixes =
    [
        ["uy", "ban", "nhan", "dan"], ["ubnd"], ["thanh", "pho"], ["tp"], ["tinh"],
        ["thi", "tran"], ["thi", "xa"], ["dac", "khu"], ["xa"], ["phuong"], ["huyen"], ["quan"], ["so"], ["ban"],
    ];

    /// <summary>The key of <paramref name="written"/> as written, without dropping a prefix.</summary>
    public static string Of(string written) => Join(Words(written));

    /// <summary>
    /// The keys of <paramref name="written"/>: first as written, then after dropping each leading
    /// prefix in turn. Empty when the text has no letter or digit.
    /// </summary>
    public static IReadOnlyList<string> Stages(string written)
    {
        var words = Words(written);
        var stages = new List<string>();
        var start = 0;
        while (start < words.Count)
        {
            stages.Add(Join(words.Skip(start)));
            var prefix = Prefixes.Where(p => StartsWith(words, start, p)).MaxBy(p => p.Length);
            if (prefix is null || words.Skip(start + prefix.Length).All(IsNumber))
            {
                break;
            }

            start += prefix.Length;
        }

        return stages;
    }

    /// <summary>True when <paramref name="written"/> is a number, possibly with separators (<c>1.1</c>, <c>0,1</c>, <c>12</c>).</summary>
    public static bool IsNumeric(string written)
    {
        var words = Words(written);
        return words.Count > 0 && words.All(IsNumber);
    }

    private static List<string> Words(string written)
    {
        var folded = TextFolding.Fold(written);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Join(IEnumerable<string> words)
    {
        var key = new StringBuilder();
        foreach (var word in words)
        {
            // Two numbers stay apart, so 1.1 and 11 (or 0,1 and 01) never share a key.
            if (key.Length > 0 && char.IsDigit(key[^1]) && char.IsDigit(word[0]))
            {
                key.Append(' ');
            }

            key.Append(word);
        }

        return key.ToString();
    }

    private static bool StartsWith(List<string> words, int start, string[] prefix) =>
        start + prefix.Length <= words.Count && prefix.Select((w, i) => words[start + i] == w).All(m => m);

    private static bool IsNumber(string word) => word.All(char.IsDigit);
}
