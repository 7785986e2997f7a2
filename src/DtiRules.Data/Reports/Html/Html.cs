using System.Globalization;
using System.Text;

namespace DtiRules.Data.Reports.Html;

/// <summary>Escaping and number text for the HTML report; every text from rulesets and data passes through <see cref="Text"/>.</summary>
internal static class Html
{
    /// <summary>The text escaped for element content and quoted attribute values.</summary>
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A number for SVG coordinates: invariant, at most two decimals.</summary>
    public static string Coordinate(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id safe for an element id and a fragment link, from a unit code or node id.</summary>
    public static string Id(string prefix, string key)
    {
        var builder = new StringBuilder(prefix);
        foreach (var c in key)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return builder.ToString();
    }
}
