using DtiRules.Analysis.Explain;
using DtiRules.Data.Binding;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>A dataset scored with a ruleset, and the one unit a command was asked about.</summary>
/// <param name="Result">The whole run: cohort functions and ranks need every unit.</param>
/// <param name="Unit">The unit's position in the result.</param>
/// <param name="Notes">The data file's notes (e.g. that it is synthetic).</param>
internal sealed record UnitResult(ScoringResult Result, int Unit, IReadOnlyList<string> Notes)
{
    /// <summary>Checks the ruleset, scores the data and finds the unit; null with the reasons in <paramref name="diagnostics"/>.</summary>
    /// <param name="rulesetPath">The ruleset file.</param>
    /// <param name="dataPath">The dataset.</param>
    /// <param name="unitsOption">The value of <c>--units</c>, or null for the ruleset's own list.</param>
    /// <param name="unitName">The unit as the user wrote it.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static UnitResult? Score(string rulesetPath, string dataPath, string? unitsOption, string unitName, DiagnosticBag diagnostics)
    {
        if (EditionScorer.Compile(rulesetPath, diagnostics) is not { } ruleset
            || new UnitListLoader(unitsOption).For(ruleset.Header, diagnostics) is not { } units
            || EditionScorer.Score(ruleset, dataPath, units, diagnostics, UnknownFields.Error, out var notes) is not { } result
            || ScoredUnits.Find(result, unitName, units, diagnostics) is not { } unit)
        {
            return null;
        }

        return new UnitResult(result, unit, notes);
    }
}
