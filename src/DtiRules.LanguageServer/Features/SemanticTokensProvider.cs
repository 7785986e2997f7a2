using DtiRules.Language.Binding.Symbols;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Colours ids by what they resolve to (node, input, output, level type or member, built-in),
/// which a TextMate grammar cannot know; keywords, strings and numbers are left to the grammar.
/// </summary>
internal static class SemanticTokensProvider
{
    /// <summary>The token types, in the order their indices are sent.</summary>
    public static readonly IReadOnlyList<string> TokenTypes = ["namespace", "type", "enumMember", "function", "parameter", "property", "variable"];

    /// <summary>The token modifiers, as bits in this order.</summary>
    public static readonly IReadOnlyList<string> TokenModifiers = ["declaration", "defaultLibrary"];

    public static SemanticTokens Tokens(DocumentAnalysis analysis)
    {
        var data = new List<int>();
        var (previousLine, previousStart) = (0, 0);
        foreach (var occurrence in analysis.Occurrences)
        {
            if (TypeOf(analysis, occurrence) is not { } type)
            {
                continue;
            }

            var start = analysis.Text.GetLinePosition(occurrence.Span.Start);
            var (line, character) = (start.Line - 1, start.Column - 1);
            data.Add(line - previousLine);
            data.Add(line == previousLine ? character - previousStart : character);
            data.Add(occurrence.Span.Length);
            data.Add(type);
            data.Add((occurrence.IsDeclaration ? 1 : 0) | (occurrence.Key.Kind == SymbolKind.Function ? 2 : 0));
            (previousLine, previousStart) = (line, character);
        }

        return new SemanticTokens(data);
    }

    private static int? TypeOf(DocumentAnalysis analysis, SymbolOccurrence occurrence) => occurrence.Key.Kind switch
    {
        SymbolKind.Ruleset => 0,
        SymbolKind.LevelType => 1,
        SymbolKind.LevelMember => 2,
        SymbolKind.Function => 3,
        _ => analysis.Resolve(occurrence)?.Symbol switch
        {
            InputSymbol => 4,
            NodeSymbol => 5,
            OutputSymbol => 6,
            _ => null,
        },
    };
}
