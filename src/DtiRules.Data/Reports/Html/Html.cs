using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Language.Localization;

namespace DtiRules.Data.Reports.Html;

/// <summary>
/// Escaping, translated text and number text for the HTML report; every text from rulesets and data
/// passes through <see cref="Text"/>, every sentence of the report through <see cref="Say(string)"/>.
/// </summary>
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

    /// <summary>The report's text <paramref name="key"/> in the language of the command, escaped.</summary>
    public static string Say(string key) => Text(Texts.Report.Get(key));

    /// <summary>
    /// The report's text <paramref name="key"/> with its placeholders filled by <paramref name="markup"/>:
    /// HTML already escaped (or built from escaped text), so a translation can place emphasis where its language needs it.
    /// </summary>
    public static string Say(string key, params object[] markup) => string.Format(CultureInfo.InvariantCulture, Say(key), markup);

    /// <summary>A number written invariantly (by <c>ResultNumbers</c>) as the reader writes it: with the chosen decimal mark.</summary>
    public static string Number(string invariant) =>
        DisplaySettings.Current.Decimal == DecimalMark.Comma ? invariant.Replace('.', ',') : invariant;

    /// <summary>
    /// A table cell with a number for the reader and, when that differs from the invariant text, the
    /// invariant text in <c>data-sort</c>, which the sorting script reads.
    /// </summary>
    public static string NumberCell(string invariant, string cssClass = "")
    {
        var shown = Number(invariant);
        var attributes = (cssClass.Length > 0 ? $" class=\"{cssClass}\"" : string.Empty) + (shown == invariant ? string.Empty : $" data-sort=\"{Text(invariant)}\"");
        return $"<td{attributes}>{Text(shown)}</td>";
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
