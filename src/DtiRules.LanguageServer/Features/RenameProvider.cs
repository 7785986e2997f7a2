using DtiRules.Language.Binding.Symbols;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Renames an id everywhere it names the same declaration, across the folder. Names written as a
/// renamed node's old id (an alias) are left as they are: they stand for older data.
/// </summary>
internal static class RenameProvider
{
    /// <summary>The edit, and a warning to show when the rename changes data column names.</summary>
    public static (WorkspaceEdit Edit, string? Warning) Rename(RulesetWorkspace workspace, DocumentAnalysis analysis, Position position, string newName)
    {
        var offset = PositionMapper.ToOffset(analysis.Text, position);
        if (ReferenceFinder.SymbolAt(analysis, offset) is not var (occurrence, symbol))
        {
            throw new RenameRejectedException(Say(nameof(EditorText.Rename_NoId)));
        }

        if (symbol.Key.Kind is SymbolKind.Function or SymbolKind.Ruleset)
        {
            throw new RenameRejectedException(Say(nameof(EditorText.Rename_NotDeclared), occurrence.Key.Name));
        }

        if (!LanguageWords.IsValidId(newName))
        {
            throw new RenameRejectedException(Say(nameof(EditorText.Rename_InvalidId), newName));
        }

        if (symbol.Key.Kind != SymbolKind.LevelMember && analysis.Resolve(symbol.Key with { Name = newName }) is not null)
        {
            throw new RenameRejectedException(Say(nameof(EditorText.Rename_Taken), newName));
        }

        var changes = new SortedDictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var (found, place) in ReferenceFinder.Find(workspace, analysis, symbol))
        {
            if (place.Key.Name != occurrence.Key.Name)
            {
                continue;
            }

            var uri = workspace.UriOf(found.Path);
            if (!changes.TryGetValue(uri, out var edits))
            {
                changes[uri] = edits = [];
            }

            edits.Add(new TextEdit(PositionMapper.ToRange(place.Span), newName));
        }

        var warning = symbol.Symbol is InputSymbol or NodeSymbol
            ? Say(nameof(EditorText.Rename_DataColumn), occurrence.Key.Name, newName)
            : null;
        return (new WorkspaceEdit(changes.ToDictionary(c => c.Key, c => (IReadOnlyList<TextEdit>)c.Value, StringComparer.Ordinal)), warning);
    }

    private static string Say(string key, params object?[] args) => EditorTexts.Words.Format(key, args);
}
