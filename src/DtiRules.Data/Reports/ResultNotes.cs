using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>The notes a scored dataset carried, in the ruleset's declaration order, for the writers to show beside the scores.</summary>
public static class ResultNotes
{
    /// <summary>Each declared note the data had, with its text per unit (in data order).</summary>
    public static IReadOnlyList<(NoteSymbol Note, IReadOnlyList<string> Texts)> Of(ScoringResult result) =>
        [.. result.Ruleset.Notes.Where(n => result.Notes.ContainsKey(n.Name)).Select(n => (n, result.Notes[n.Name]))];
}
