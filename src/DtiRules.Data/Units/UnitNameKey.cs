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
    public static string Of(string written) => Join(Words(written), 0);

    /// <summary>
    /// The keys of <paramref name="written"/>: first as written, then after dropping each leading
    /// prefix in turn. Empty when the text has no letter or digit.
    /// </summary>
    public static IReadOnlyList<string> Stages(string written)
    {
        // PERF: called for every spelling of every unit of a list and every unit cell of a dataset.
        var words = Words(written);
        var stages = new List<string>(2);
        var start = 0;
        while (start < words.Count)
        {
            stages.Add(Join(words, start));
            var prefix = PrefixLength(words, start);
            if (prefix == 0 || AllNumbers(words, start + prefix))
            {
                break;
            }

            start += prefix;
        }

        return stages;
    }

    /// <summary>True when <paramref name="written"/> is a number, possibly with separators (<c>1.1</c>, <c>0,1</c>, <c>12</c>).</summary>
    public static bool IsNumeric(string written)
    {
        var words = Words(written);
        return words.Count > 0 && AllNumbers(words, 0);
    }

    private static List<string> Words(string written)
    {
        var folded = TextFolding.Fold(written);
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static string Join(List<string> words, int start)
    {
        if (start == words.Count - 1)
        {
            return words[start];
        }

        var key = new StringBuilder();
        for (var w = start; w < words.Count; w++)
        {
            // Two numbers stay apart, so 1.1 and 11 (or 0,1 and 01) never share a key.
            if (key.Length > 0 && char.IsDigit(key[^1]) && char.IsDigit(words[w][0]))
            {
                key.Append(' ');
            }

            key.Append(words[w]);
        }

        return key.ToString();
    }

    /// <summary>The number of words of the longest prefix at <paramref name="start"/>, or 0.</summary>
    private static int PrefixLength(List<string> words, int start)
    {
        var longest = 0;
        foreach (var prefix in Prefixes)
        {
            if (prefix.Length <= longest || start + prefix.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < prefix.Length && matches; i++)
            {
                matches = string.Equals(words[start + i], prefix[i], StringComparison.Ordinal);
            }

            longest = matches ? prefix.Length : longest;
        }

        return longest;
    }

    /// <summary>True when every word from <paramref name="start"/> on is a number (or there is none).</summary>
    private static bool AllNumbers(List<string> words, int start)
    {
        for (var w = start; w < words.Count; w++)
        {
            if (!words[w].All(char.IsDigit))
            {
                return false;
            }
        }

        return true;
    }
}
