using DtiRules.Data.Text;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;

namespace DtiRules.Data.Explain;

/// <summary>Finds the unit a user named among the units a run scored, however the name is written.</summary>
public static class ScoredUnits
{
    /// <summary>
    /// The position in <paramref name="result"/>'s units of the unit <paramref name="written"/>
    /// names (name, alias, code or slug), or null with the problem and suggestions in <paramref name="diagnostics"/>.
    /// </summary>
    public static int? Find(ScoringResult result, string written, DiagnosticBag diagnostics)
    {
        var registry = UnitRegistry.ForKind(result.Ruleset.Header.UnitKind);
        if (registry is null || !registry.TryResolve(written, out var unit))
        {
            var suggestions = registry?.Suggest(written).Select(u => u.Name).ToList() ?? [];
            diagnostics.Report(DataDiagnostics.UnknownUnit, null, written, SuggestionPhrase.DidYouMean(suggestions), registry?.Name ?? result.Ruleset.Header.UnitKind);
            return null;
        }

        for (var u = 0; u < result.Units.Count; u++)
        {
            if (result.Units[u].Code == unit.Code)
            {
                return u;
            }
        }

        diagnostics.Report(ExplainDiagnostics.UnitNotInData, null, unit.Name, result.Units.Count);
        return null;
    }
}
