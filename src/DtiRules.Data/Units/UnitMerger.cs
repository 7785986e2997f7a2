using System.Globalization;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Data.Units;

/// <summary>
/// Turns a scoring of the units before a change (a merger, or a roll-up to the parents) into data
/// for the units after it: each merged unit's main-index values (the published 0–1 values of the
/// top-level scored nodes) are the mean of its constituents' values, plain as the ministry
/// published the 2024 results for the 34 provinces, or weighted. Scoring that data with the same
/// ruleset recomputes pillars, the index and ranks from the merged main indices.
/// </summary>
public static class UnitMerger
{
    private const int AbsentListed = 8;

    /// <summary>
    /// The merged units, in the order of <see cref="UnitMap.MergedUnits"/>, with one given-value column per
    /// main index, and the coverage of the result: how much of each merged unit's points came from
    /// data, its units absent from the data counting as none. A merged unit none of whose
    /// constituents was scored is left out, with a warning; one with some constituents absent is
    /// merged from those present, with a warning at <paramref name="dataPath"/>.
    /// </summary>
    /// <param name="before">The scoring of the units before the change.</param>
    /// <param name="map">Where each unit went.</param>
    /// <param name="weightsByCode">Each constituent's weight by unit code, or null for the plain mean.</param>
    /// <param name="dataPath">The dataset, where warnings about absent units point.</param>
    /// <param name="diagnostics">Where warnings are reported.</param>
    public static (ScoringData Data, CoverageReport Coverage) MergeMainIndices(
        ScoringResult before, UnitMap map, IReadOnlyDictionary<string, decimal>? weightsByCode, string dataPath, DiagnosticBag diagnostics)
    {
        var mainIndices = before.Ruleset.ScoredRoots;
        var unitOfCode = Enumerable.Range(0, before.Units.Count).ToDictionary(u => before.Units[u].Code, StringComparer.Ordinal);
        var (made, change) = map.ToParents
            ? (DiagnosticTexts.Phrase(nameof(DiagnosticText.Made_RolledUp)), DiagnosticTexts.Phrase(nameof(DiagnosticText.Change_RollUp)))
            : (DiagnosticTexts.Phrase(nameof(DiagnosticText.Made_Merged)), DiagnosticTexts.Phrase(nameof(DiagnosticText.Change_Merger)));
        var merged = new List<UnitIdentity>();
        var constituentsOfMerged = new List<List<int>>();
        var coveragePerUnit = new List<decimal>();
        var leftOut = new List<Unit>();
        foreach (var unit in map.MergedUnits)
        {
            var constituents = map.ConstituentsOf(unit.Code);
            var present = constituents.Where(c => unitOfCode.ContainsKey(c.Code)).ToList();
            if (present.Count == 0)
            {
                leftOut.Add(unit);
                continue;
            }

            if (present.Count < constituents.Count)
            {
                var missing = constituents.Except(present).ToList();
                diagnostics.Report(DataDiagnostics.MergeIncomplete, SourceLocation.File(dataPath), unit.Name, present.Count, constituents.Count, Names(missing), made);
            }

            merged.Add(unit.ToIdentity());
            constituentsOfMerged.Add([.. present.Select(c => unitOfCode[c.Code])]);
            coveragePerUnit.Add(present.Sum(c => before.Coverage.PerUnit[unitOfCode[c.Code]]) / constituents.Count);
        }

        if (leftOut.Count > 0)
        {
            diagnostics.Report(DataDiagnostics.MergedUnitsWithoutData, SourceLocation.File(dataPath), leftOut.Count, Names(leftOut), change);
        }

        var columns = mainIndices.ToDictionary(
            node => node.Name,
            node => constituentsOfMerged
                .Select(units => Mean(units.Select(u => (before.NodeValue(node, u), weightsByCode?[before.Units[u].Code] ?? 1m))))
                .ToArray(),
            StringComparer.Ordinal);

        // A unit left out has no points from data; it counts in the share so that a result missing units never reads as complete.
        var unitsAfter = merged.Count + leftOut.Count;
        var share = unitsAfter == 0 ? 0m : coveragePerUnit.Sum() / unitsAfter;
        var coverage = new CoverageReport(share, coveragePerUnit, before.Coverage.PolicyNodes) { UnitsLeftOut = leftOut.Count };
        return (new ScoringData(merged, columns), coverage);
    }

    private static string Names(IReadOnlyList<Unit> units) =>
        string.Join(", ", units.Take(AbsentListed).Select(c => c.Name))
        + (units.Count > AbsentListed ? string.Create(CultureInfo.InvariantCulture, $" and {units.Count - AbsentListed} more") : string.Empty);

    /// <summary>The weighted mean of the values present, or null when none is.</summary>
    private static decimal? Mean(IEnumerable<(decimal? Value, decimal Weight)> cells)
    {
        decimal sum = 0m, weights = 0m;
        foreach (var (value, weight) in cells)
        {
            if (value is { } v)
            {
                sum += v * weight;
                weights += weight;
            }
        }

        return weights == 0m ? null : sum / weights;
    }
}
