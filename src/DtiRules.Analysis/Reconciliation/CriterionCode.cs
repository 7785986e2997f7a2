using System.Text.RegularExpressions;

namespace DtiRules.Analysis.Reconciliation;

/// <summary>
/// The code of a criterion or group in a criteria sheet: numbers joined by points (<c>1</c>,
/// <c>1.1</c>, <c>4.12</c>, <c>3.2a</c>), or a Roman numeral for a group (<c>I</c>, <c>IV</c>).
/// Its id in a ruleset is <c>c_4_12</c> (a group numeral: <c>g_iv</c>).
/// </summary>
public static partial class CriterionCode
{
    /// <summary>The code in <paramref name="text"/> (trimmed, a final point dropped), or null when it is not a code.</summary>
    public static string? Normalise(string text)
    {
        var trimmed = text.Trim().TrimEnd('.').Trim();
        if (RomanPattern().IsMatch(trimmed))
        {
            return trimmed.ToUpperInvariant();
        }

        return NumberedPattern().IsMatch(trimmed) ? trimmed.ToLowerInvariant() : null;
    }

    /// <summary>True for a Roman numeral, the code of a group heading.</summary>
    public static bool IsRoman(string code) => RomanPattern().IsMatch(code);

    /// <summary>The ruleset id of a normalised code: <c>4.12</c> is <c>c_4_12</c>, <c>II</c> is <c>g_ii</c>.</summary>
    public static string ToId(string code) =>
        IsRoman(code) ? "g_" + code.ToLowerInvariant() : "c_" + code.Replace('.', '_');

    /// <summary>True when <paramref name="ancestor"/> is a proper prefix of <paramref name="code"/> by whole segments (<c>1</c> of <c>1.1.2</c>).</summary>
    public static bool IsAncestor(string ancestor, string code) =>
        code.Length > ancestor.Length + 1 && code.StartsWith(ancestor, StringComparison.Ordinal) && code[ancestor.Length] == '.';

    /// <summary>The code a label starts with, as <c>dti import</c> writes labels (<c>"4.12 Tỷ lệ …"</c>), or null.</summary>
    public static string? InLabel(string label)
    {
        var space = label.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? Normalise(label[..space]) : null;
    }

    [GeneratedRegex(@"^(?=[IVXLC]+$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^[0-9]{1,4}[a-z]?(\.[0-9]{1,4}[a-z]?){0,7}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPattern();
}
