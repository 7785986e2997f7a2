using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Finds every place that names the same declaration as the name at a position: in the document,
/// in the editions it extends and in every ruleset of its folder that extends the declaring file.
/// Two names are the same symbol when both resolve to the same declaration.
/// </summary>
internal static class ReferenceFinder
{
    /// <summary>The name at <paramref name="offset"/> and what it resolves to, or null.</summary>
    public static (SymbolOccurrence Occurrence, ResolvedSymbol Symbol)? SymbolAt(DocumentAnalysis analysis, int offset) =>
        analysis.OccurrenceAt(offset) is { } occurrence && analysis.Resolve(occurrence) is { } symbol ? (occurrence, symbol) : null;

    /// <summary>Every occurrence of <paramref name="symbol"/>, with the analysis it was found in.</summary>
    public static IReadOnlyList<(DocumentAnalysis Analysis, SymbolOccurrence Occurrence)> Find(
        RulesetWorkspace workspace, DocumentAnalysis origin, ResolvedSymbol symbol)
    {
        var found = new List<(DocumentAnalysis, SymbolOccurrence)>();
        var files = workspace.FolderFiles(DocumentUri.FolderOf(origin.Path));
        foreach (var path in files.Count == 0 ? [origin.Path] : files)
        {
            var analysis = path == origin.Path ? origin : workspace.Analyze(path);
            if (analysis is null)
            {
                continue;
            }

            foreach (var occurrence in analysis.Occurrences.Where(o => o.Key.Kind == symbol.Key.Kind))
            {
                if (IsSame(analysis.Resolve(occurrence), symbol))
                {
                    found.Add((analysis, occurrence));
                }
            }
        }

        return found;
    }

    private static bool IsSame(ResolvedSymbol? candidate, ResolvedSymbol symbol) =>
        candidate is not null
        && (symbol.Declaration is { } declaration
            ? candidate.Declaration is { } other && other.Path == declaration.Path && other.Line == declaration.Line && other.Column == declaration.Column
            : candidate.Key == symbol.Key);
}
