using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>
/// A dataset read once, with the unit lists to resolve its names (<c>--units</c> or each ruleset's
/// own) and an optional change of units (<c>--units-map</c> or <c>--rollup parent</c>, with a weight
/// column), ready to be scored under one edition or several.
/// </summary>
internal sealed class ScoringPlan
{
    private readonly RawDataset _raw;
    private readonly UnitListLoader _lists;
    private readonly UnitChange? _change;
    private readonly Dictionary<UnitList, (UnitMap Map, IReadOnlyDictionary<string, decimal>? Weights)?> _changes = [];

    private ScoringPlan(RawDataset raw, UnitListLoader lists, UnitChange? change)
    {
        _raw = raw;
        _lists = lists;
        _change = change;
        Notes = change is null ? raw.Notes : [.. raw.Notes, ChangeNote(change)];
    }

    /// <summary>The data file's notes, then how units were merged or rolled up when they were.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The file the data was read from.</summary>
    public string DataPath => _raw.Path;

    /// <summary>Reads the dataset; null, with the reasons reported, when it cannot be read.</summary>
    public static ScoringPlan? Prepare(string dataPath, string? unitsOption, UnitChange? change, DiagnosticBag diagnostics)
    {
        using var timing = StageTimings.Measure(Stage.Read);
        return DatasetReader.Read(dataPath, diagnostics) is { } raw ? new ScoringPlan(raw, new UnitListLoader(unitsOption), change) : null;
    }

    /// <summary>A plan for a dataset already read, such as one round of an assessment.</summary>
    public static ScoringPlan FromDataset(RawDataset raw, string? unitsOption, UnitChange? change) => FromDataset(raw, new UnitListLoader(unitsOption), change);

    /// <summary>A plan for a dataset already read, resolving units with lists already loaded (their warnings reported once).</summary>
    public static ScoringPlan FromDataset(RawDataset raw, UnitListLoader lists, UnitChange? change) => new(raw, lists, change);

    /// <summary>The unit list <paramref name="ruleset"/>'s data is resolved with; null, reported, when there is none.</summary>
    public UnitList? UnitsFor(BoundRuleset ruleset, DiagnosticBag diagnostics) => _lists.For(ruleset.Header, diagnostics);

    /// <summary>Scores the data with <paramref name="ruleset"/>, then merges or rolls up the units when asked; null when the data or the change has errors.</summary>
    public EditionScores? Score(BoundRuleset ruleset, UnknownFields unknownFields, DiagnosticBag diagnostics, IScorerFactory scorers)
    {
        if (UnitsFor(ruleset, diagnostics) is not { } units)
        {
            return null;
        }

        var change = _change is null ? null : Change(units, diagnostics);
        if (_change is not null && change is null)
        {
            return null;
        }

        if (EditionScorer.Score(ruleset, RawFor(ruleset), units, diagnostics, unknownFields, scorers) is not { } scores)
        {
            return null;
        }

        if (change is not (var map, var weights))
        {
            return new EditionScores(scores, null, null);
        }

        var (mergedData, coverage) = UnitMerger.MergeMainIndices(scores, map, weights, _raw.Path, diagnostics);
        var merged = EditionScorer.Run(ruleset, mergedData, diagnostics, scorers);
        return new EditionScores(merged.WithCoverage(coverage), scores, map);
    }

    /// <summary>
    /// The data bound to <paramref name="ruleset"/> as <see cref="Score"/> binds it, before any change
    /// of units, without reading the file again; what binding reports was reported when it was scored.
    /// Null when it does not bind.
    /// </summary>
    public ScoringData? Bound(BoundRuleset ruleset)
    {
        var reportedBefore = new DiagnosticBag();
        return UnitsFor(ruleset, reportedBefore) is { } units ? DatasetBinder.Bind(RawFor(ruleset), ruleset.Schema, units, reportedBefore) : null;
    }

    /// <summary>The dataset as <paramref name="ruleset"/> reads it: the weight column feeds the merger, not the ruleset, unless the ruleset happens to read it too.</summary>
    private RawDataset RawFor(BoundRuleset ruleset) =>
        _change?.WeightColumn is { } column && !ruleset.Schema.TryGetField(column, out _) ? _raw.WithoutField(column) : _raw;

    /// <summary>The map and weights for data resolved with <paramref name="units"/>, read once per list.</summary>
    private (UnitMap Map, IReadOnlyDictionary<string, decimal>? Weights)? Change(UnitList units, DiagnosticBag diagnostics)
    {
        if (!_changes.TryGetValue(units, out var change))
        {
            var map = _change!.MapPath is { } path ? UnitMap.Read(path, units, diagnostics) : UnitMap.Parents(units, diagnostics);
            var weights = map is not null && _change.WeightColumn is { } column ? MergeWeights.Read(_raw, column, units, rollUp: _change.MapPath is null, diagnostics) : null;
            change = map is null || (_change.WeightColumn is not null && weights is null) ? null : (map, weights);
            _changes[units] = change;
        }

        return change;
    }

    private static string ChangeNote(UnitChange change)
    {
        var mean = change.WeightColumn is null ? "the plain mean" : $"the mean weighted by '{change.WeightColumn}'";
        return change.MapPath is { } path
            ? $"Units merged by {path}: each main index is {mean} of the constituents' values; pillars, the index and ranks are recomputed."
            : $"Units rolled up to their parents: each main index is {mean} of the values of the units under the parent; pillars, the index and ranks are recomputed.";
    }
}
