using System.Globalization;
using System.Text.RegularExpressions;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>
/// What Excel makes of a criterion code typed in a General cell: <c>1.1</c> becomes the number 1.1,
/// written <c>1,1</c> under Vietnamese settings, and <c>1.10</c> loses its final zero.
/// </summary>
internal static partial class ExcelNumberCodes
{
    /// <summary>True for a number written with a decimal comma (<c>1,1</c>, <c>4,12</c>), which no code is.</summary>
    public static bool IsCommaNumber(string text) => CommaNumber().IsMatch(text.Trim());

    /// <summary>True for text Excel would take for a decimal number: one point or comma between digits (<c>1.1</c>, <c>1,1</c>).</summary>
    public static bool HasNumberShape(string text) => NumberShape().IsMatch(text.Trim());

    /// <summary>The code as Excel shows it once it is a number, with a point: <c>1.10</c> is <c>1.1</c>, <c>2.0</c> is <c>2</c>; any other code as it is.</summary>
    public static string AsNumber(string code)
    {
        if (!PointNumber().IsMatch(code))
        {
            return code;
        }

        var point = code.IndexOf('.', StringComparison.Ordinal);
        var fraction = code[(point + 1)..].TrimEnd('0');
        return fraction.Length == 0 ? code[..point] : $"{code[..point]}.{fraction}";
    }

    /// <summary>
    /// True when <paramref name="code"/> is what Excel shows of the code after <paramref name="previous"/>:
    /// after <c>1.9</c>, <c>1.1</c> is <c>1.10</c> with its zero lost (after <c>2.19</c>, <c>2.2</c> is <c>2.20</c>).
    /// </summary>
    public static bool FollowsOnceZerosLost(string previous, string code)
    {
        if (!PointNumber().IsMatch(previous) || !PointNumber().IsMatch(code) || AsNumber(code) != code)
        {
            return false;
        }

        var (before, after) = (previous.Split('.'), code.Split('.'));
        var next = int.Parse(before[1], CultureInfo.InvariantCulture) + 1;
        return before[0] == after[0] && next.ToString(CultureInfo.InvariantCulture) is var written && written.Length > after[1].Length && written.TrimEnd('0') == after[1];
    }

    /// <summary>The code a comma number may have been, with a point: <c>1,1</c> is <c>1.1</c> (or <c>1.10</c>, which Excel shows alike).</summary>
    public static string WithPoint(string commaNumber) => commaNumber.Trim().Replace(',', '.');

    [GeneratedRegex(@"^[0-9]{1,4},[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaNumber();

    [GeneratedRegex(@"^[0-9]{1,4}[.,][0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^[0-9]{1,4}\.[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PointNumber();
}
