using System.Globalization;
using DtiRules.Language.Binding.Symbols;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Completions: after <c>type.</c> the level type's members; elsewhere the ids in scope in the
/// edition (inherited ones included), the built-in functions with their signatures and the keywords;
/// after the header's <c>unit</c> the unit kinds.
/// The editor filters by what is typed.
/// </summary>
internal static class CompletionProvider
{
    public static CompletionList Complete(DocumentAnalysis analysis, Position position)
    {
        var offset = PositionMapper.ToOffset(analysis.Text, position);
        var ruleset = analysis.Ruleset;
        if (LevelTypeBeforeDot(analysis.Text.Text, offset) is { } typeName)
        {
            var levelType = ruleset.Levels.FirstOrDefault(l => l.Name == typeName);
            return new CompletionList(false, levelType is null ? [] :
                [.. levelType.Members.Select(m => new CompletionItem(m.Name, ProtocolConstants.CompletionEnumMember, m.Label))]);
        }

        if (AfterUnitKeyword(analysis.Text.Text, offset))
        {
            return new CompletionList(false, [.. UnitKinds.All.Select(k => new CompletionItem(k, ProtocolConstants.CompletionEnumMember, Say(nameof(EditorText.Completion_UnitKind))))]);
        }

        var items = new List<CompletionItem>();
        items.AddRange(ruleset.Inputs.Select(i => new CompletionItem(i.Name, ProtocolConstants.CompletionVariable, $"{Say(nameof(EditorText.Completion_Input), i.Type.Describe())} · {i.Label}")));
        items.AddRange(ruleset.Nodes.Select(n => new CompletionItem(
            n.Name, ProtocolConstants.CompletionField, $"{Say(nameof(EditorText.Completion_Node), n.MaxPoints.ToString("0.####", CultureInfo.InvariantCulture))} · {n.Label}")));
        items.AddRange(ruleset.Outputs.Select(o => new CompletionItem(o.Name, ProtocolConstants.CompletionValue, $"{Say(o.IsIndex ? nameof(EditorText.Completion_Index) : nameof(EditorText.Completion_Output))} · {o.Label}")));
        items.AddRange(ruleset.Levels.Select(l => new CompletionItem(l.Name, ProtocolConstants.CompletionEnum, $"levels {string.Join(" < ", l.Members.Select(m => m.Name))}")));
        items.Add(new CompletionItem("total", ProtocolConstants.CompletionConstant, Say(nameof(EditorText.Completion_Total))));
        items.Add(new CompletionItem("scale", ProtocolConstants.CompletionConstant, Say(nameof(EditorText.Completion_Scale))));
        items.AddRange(BuiltinFunction.All.Select(f => new CompletionItem(f.Name, ProtocolConstants.CompletionFunction, f.Signature, f.Description)));
        var taken = items.Select(i => i.Label).ToHashSet(StringComparer.Ordinal);
        items.AddRange(LanguageWords.Keywords.Where(k => !taken.Contains(k)).Select(k => new CompletionItem(k, ProtocolConstants.CompletionKeyword, Say(nameof(EditorText.Completion_Keyword)))));
        return new CompletionList(false, items);
    }

    /// <summary>The level type written just before <c>.</c> and the member being typed, or null.</summary>
    private static string? LevelTypeBeforeDot(string text, int offset)
    {
        var start = offset;
        while (start > 0 && IsIdChar(text[start - 1]))
        {
            start--;
        }

        if (start == 0 || text[start - 1] != '.')
        {
            return null;
        }

        var end = start - 1;
        var typeStart = end;
        while (typeStart > 0 && IsIdChar(text[typeStart - 1]))
        {
            typeStart--;
        }

        return typeStart < end ? text[typeStart..end] : null;
    }

    /// <summary>True when the line so far is the header's <c>unit</c> clause with the kind being typed (<c>unit com</c>).</summary>
    private static bool AfterUnitKeyword(string text, int offset)
    {
        var start = offset;
        while (start > 0 && IsIdChar(text[start - 1]))
        {
            start--;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var before = text[lineStart..start];
        return start > lineStart && before.TrimStart() is var clause && clause.StartsWith("unit", StringComparison.Ordinal)
            && clause.Length > 4 && clause[4..].Trim().Length == 0 && (clause[4] == ' ' || clause[4] == '\t');
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string Say(string key, params object?[] args) => EditorTexts.Words.Phrase(key, args);
}
