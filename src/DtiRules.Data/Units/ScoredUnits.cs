using DtiRules.Analysis.Explain;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Data.Units;

/// <summary>Finds the unit a user named among the units a run scored, however the name is written.</summary>
public static class ScoredUnits
{
    /// <summary>
    /// The position in <paramref name="result"/>'s units of the unit <paramref name="written"/>
    /// names in <paramref name="units"/> (name, alias, code, or <c>Name, Parent</c>), or null with
    /// the problem (unknown with suggestions, or ambiguous with the candidates) in <paramref name="diagnostics"/>.
    /// </summary>
    public static int? Find(ScoringResult result, string written, UnitList units, DiagnosticBag diagnostics)
    {
        if (units.Resolve(written, null, diagnostics) is not { } unit)
        {
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
