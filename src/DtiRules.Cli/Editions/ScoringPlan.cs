using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;

namespace DtiRules.Cli.Editions;

/// <summary>
/// A dataset read once, with an optional change of units (<c>--units-map</c>, <c>--merge-weight</c>),
/// ready to be scored under one edition or several.
/// </summary>
internal sealed class ScoringPlan
{
    private readonly RawDataset _raw;
    private readonly UnitMap? _map;
    private readonly string? _weightColumn;
    private readonly IReadOnlyDictionary<string, decimal>? _weights;

    private ScoringPlan(RawDataset raw, UnitMap? map, string? weightColumn, IReadOnlyDictionary<string, decimal>? weights)
    {
        _raw = raw;
        _map = map;
        _weightColumn = weightColumn;
        _weights = weights;
        Notes = map is null ? raw.Notes : [.. raw.Notes, MergerNote(map, weightColumn)];
    }

    /// <summary>The data file's notes, then how units were merged when they were.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Reads the dataset, the unit map and the weights; null, with the reasons reported, when any cannot be used.</summary>
    public static ScoringPlan? Prepare(string dataPath, string? unitsMapPath, string? weightColumn, DiagnosticBag diagnostics)
    {
        using var timing = StageTimings.Measure(Stage.Read);
        var raw = DatasetReader.Read(dataPath, diagnostics);
        var map = unitsMapPath is null ? null : UnitMap.Read(unitsMapPath, diagnostics);
        if (raw is null || (unitsMapPath is not null && map is null))
        {
            return null;
        }

        var weights = map is not null && weightColumn is not null ? MergeWeights.Read(raw, weightColumn, map.Before, diagnostics) : null;
        return weightColumn is not null && weights is null ? null : new ScoringPlan(raw, map, weightColumn, weights);
    }

    /// <summary>Scores the data with <paramref name="ruleset"/>, then merges the units when a map was given; null when the data has errors.</summary>
    public EditionScores? Score(BoundRuleset ruleset, UnknownFields unknownFields, DiagnosticBag diagnostics, ScoringEngine engine = ScoringEngine.Interpreted)
    {
        // The weight column feeds the merger, not the ruleset, unless the ruleset happens to read it too.
        var raw = _weightColumn is not null && !ruleset.Schema.TryGetField(_weightColumn, out _) ? _raw.WithoutField(_weightColumn) : _raw;
        if (EditionScorer.Score(ruleset, raw, diagnostics, unknownFields, engine) is not { } scores)
        {
            return null;
        }

        if (_map is null)
        {
            return new EditionScores(scores, null, null);
        }

        var mergedData = UnitMerger.MergeMainIndices(scores, _map, _weights, _raw.Path, diagnostics);
        var scorer = ScorerFactory.Create(ruleset, mergedData.Units.Count, engine);
        ScoringResult merged;
        using (StageTimings.Measure(Stage.Score))
        {
            merged = scorer.Score(mergedData);
        }

        diagnostics.AddRange(merged.Diagnostics);
        return new EditionScores(merged, scores, _map);
    }

    private static string MergerNote(UnitMap map, string? weightColumn)
    {
        var mean = weightColumn is null ? "the plain mean" : $"the mean weighted by '{weightColumn}'";
        return $"Units merged by {map.Path}: each main index is {mean} of the constituents' values; pillars, the index and ranks are recomputed.";
    }
}
