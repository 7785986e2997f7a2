using System.Globalization;
using System.Text.RegularExpressions;
using DtiRules.Language.Text;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// What hovering the word <c>max</c> shows: it is a keyword, not a name, so it has no symbol; in a
/// node's header or formula it stands for that node's max points, and with parentheses it is the
/// built-in function.
/// </summary>
internal static partial class MaxKeywordHover
{
    private const string Word = "max";

    private static readonly BuiltinFunction Function = BuiltinFunction.Find(Word)!;

    /// <summary>The hover of <c>max</c> at <paramref name="offset"/>, or null when the word there is not <c>max</c>.</summary>
    public static Hover? At(DocumentAnalysis analysis, int offset)
    {
        var text = analysis.Text.Text;
        var start = Math.Clamp(offset, 0, text.Length);
        while (start > 0 && IsIdChar(text[start - 1]))
        {
            start--;
        }

        var end = start;
        while (end < text.Length && IsIdChar(text[end]))
        {
            end++;
        }

        if (text[start..end] != Word || offset > end)
        {
            return null;
        }

        var after = text[end..].TrimStart(' ', '\t');
        var markdown = after.StartsWith('(')
            ? $"**`{Function.Signature}`**\n\n{Function.Description}"
            : Points(analysis, text, start);
        return new Hover(new MarkupContent("markdown", markdown), PositionMapper.ToRange(new TextSpan(start, end - start, analysis.Text)));
    }

    private static string Points(DocumentAnalysis analysis, string text, int start)
    {
        var meaning = EditorTexts.Words.Get(nameof(EditorText.MaxKeyword_Meaning));
        if (EnclosingNode(text, start) is not { } id)
        {
            return $"**`max`**: {EditorTexts.Words.Get(nameof(EditorText.MaxKeyword_NodeMax))}\n\n{meaning}";
        }

        var node = analysis.Ruleset.FindNode(id);
        var points = node is null ? string.Empty : $" = {node.MaxPoints.ToString("0.####", CultureInfo.InvariantCulture)}";
        return $"**`max`{points}**: {EditorTexts.Words.Format(nameof(EditorText.MaxKeyword_OfNode), id)}{(node is null ? string.Empty : $" {node.Label}")}\n\n{meaning}";
    }

    /// <summary>The id of the node whose header or block holds <paramref name="offset"/>: the nearest <c>node id</c> before an unclosed brace, or on the same line.</summary>
    private static string? EnclosingNode(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        if (NodeHeader().Match(text[lineStart..offset]) is { Success: true } header)
        {
            return header.Groups["id"].Value;
        }

        var depth = 0;
        for (var i = offset - 1; i >= 0; i--)
        {
            if (text[i] == '}')
            {
                depth++;
            }
            else if (text[i] == '{' && depth-- == 0)
            {
                var opening = text.LastIndexOf('\n', Math.Max(i - 1, 0)) + 1;
                return NodeHeader().Match(text[opening..i]) is { Success: true } block ? block.Groups["id"].Value : null;
            }
        }

        return null;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"\bnode\s+(?<id>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex NodeHeader();
}
