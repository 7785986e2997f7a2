using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// The only ways ruleset text reaches generated C#: as an escaped string literal, or inside a
/// single-line comment with every character that could end the line escaped. Names of generated
/// members never come from ruleset text; they are built from ordinals.
/// </summary>
internal static class CSharpText
{
    /// <summary>
    /// A C# string literal of <paramref name="text"/>, quotes, backslashes and control characters
    /// escaped, and invisible format characters too: a direction override (U+202E) written raw would
    /// make the code display in another order than it compiles (Trojan Source).
    /// </summary>
    public static string Literal(string text) =>
        EscapeWhere(SymbolDisplay.FormatLiteral(text, quote: true), c => char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>
    /// <paramref name="text"/> as a quoted literal safe to end a <c>//</c> comment with: C# also ends
    /// a line at U+0085, U+2028 and U+2029, so those are written as escapes too.
    /// </summary>
    public static string InComment(string text) => EscapeWhere(Literal(text), c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029');

    /// <summary>Writes the characters of <paramref name="literal"/> that <paramref name="mustEscape"/> picks as <c>\uXXXX</c> escapes.</summary>
    private static string EscapeWhere(string literal, Func<char, bool> mustEscape)
    {
        var safe = new StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            if (mustEscape(c))
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>
    /// A ruleset id for a comment. Ids are ASCII letters, digits and underscores by the grammar; any
    /// other character is replaced all the same, so a comment can never be ended by an id.
    /// </summary>
    public static string Id(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));

    /// <summary>A decimal literal that keeps the value's scale (<c>7.50m</c> stays 7.50).</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>A number for a comment, as a ruleset writes it (<c>7.5</c>).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer literal.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
