using System.Text;
using DtiRules.Language.Text;

namespace DtiRules.Data.Text;

/// <summary>Ids for notes made from the headers offices write: "Trạng thái" → <c>trang_thai</c>.</summary>
internal static class NoteIds
{
    /// <summary>An id from a header: folded to ASCII letters and digits, other characters as one '_'.</summary>
    public static string FromHeader(string header)
    {
        var id = new StringBuilder();
        foreach (var character in TextFolding.Fold(header))
        {
            var keep = character is >= 'a' and <= 'z' or >= '0' and <= '9';
            if (keep || (id.Length > 0 && id[^1] != '_'))
            {
                id.Append(keep ? character : '_');
            }
        }

        var text = id.ToString().TrimEnd('_');
        // No keyword of the language has an underscore, so an id with one is never taken for a keyword;
        // a single word (status, score, group) gets the prefix, as does one that starts with a digit.
        return text.Contains('_', StringComparison.Ordinal) && !char.IsAsciiDigit(text[0]) ? text : "note_" + text;
    }
}
