using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Scoring;

/// <summary>
/// Everything a scoring run computed, for every unit: inputs as used, node points and values,
/// outputs, ranks and flags, plus the run's diagnostics. Published values are rounded to the
/// ruleset's decimals (half away from zero); ranks use the rounded values. Ranks, totals and
/// coverage are worked out when first asked for, since many runs never ask.
/// </summary>
public sealed class ScoringResult
{
    private readonly RunColumns _run;
    private readonly Column[] _inputs;
    private readonly CellFlagColumn[] _inputFlags;
    private readonly Column?[] _cohortArguments;
    private readonly Column[] _points;
    private readonly CellFlagColumn[] _nodeFlags;
    private readonly Column[] _outputs;
    private readonly int?[]?[] _ranks;
    private CoverageReport? _coverage;
    private Column? _total;

    internal ScoringResult(BoundRuleset ruleset, ScoringData data, RunColumns columns, IReadOnlyList<Diagnostic> diagnostics)
    {
        Ruleset = ruleset;
        Data = data;
        Units = data.Units;
        _run = columns;
        _inputs = columns.Inputs;
        _inputFlags = columns.InputFlags;
        _cohortArguments = columns.CohortArguments;
        _points = columns.Points;
        _nodeFlags = columns.NodeFlags;
        _outputs = columns.Outputs;
        Diagnostics = diagnostics;
        _ranks = new int?[]?[ruleset.Outputs.Count];
    }

    private ScoringResult(ScoringResult result, CoverageReport coverage)
    {
        Ruleset = result.Ruleset;
        Data = result.Data;
        Units = result.Units;
        _run = result._run;
        Diagnostics = result.Diagnostics;
        _inputs = result._inputs;
        _inputFlags = result._inputFlags;
        _cohortArguments = result._cohortArguments;
        _points = result._points;
        _nodeFlags = result._nodeFlags;
        _outputs = result._outputs;
        _ranks = result._ranks;
        _total = result._total;
        _coverage = coverage;
        Notes = result.Notes;
    }

    /// <summary>The ruleset that was run.</summary>
    public BoundRuleset Ruleset { get; }

    /// <summary>The data's note texts by note id, one per unit (see <see cref="ScoringData.Notes"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The units, in data order.</summary>
    public IReadOnlyList<UnitIdentity> Units { get; }

    /// <summary>The data that was scored; a rescore compares its columns with the new data's.</summary>
    internal ScoringData Data { get; }

    /// <summary>True when the run kept each step's diagnostics, so a rescore can reuse its steps (a refused run did not).</summary>
    internal bool HasSteps => _run.StepDiagnostics is not null;

    /// <summary>Scoring diagnostics (missing data under the error policy, clamping, division by zero).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How much of the result came from data rather than from missing-data policies.</summary>
    public CoverageReport Coverage =>
        Volatile.Read(ref _coverage) ?? Initialize(ref _coverage, CoverageCalculator.Compute(Ruleset, Units.Count, _nodeFlags, _inputFlags));

    /// <summary>
    /// This result with <paramref name="coverage"/> as its coverage: a result scored from the merged
    /// values of a change of units covers what the data of the units before it covered, not the
    /// given values it was computed from.
    /// </summary>
    public ScoringResult WithCoverage(CoverageReport coverage) => new(this, coverage);

    /// <summary>True when scoring reported an error; the numbers are then incomplete.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The input's value as used for the unit (after its mapping or policy), or null.</summary>
    public decimal? InputValue(InputSymbol input, int unit) => _inputs[input.Ordinal][unit];

    /// <summary>
    /// The argument of a cohort call for every unit, as the cohort function saw it (null where
    /// missing or where it failed), or null when the call was never evaluated (every unit's node
    /// was given). Explains say from it what a cohort statistic was computed over.
    /// </summary>
    public IReadOnlyList<decimal?>? CohortArgument(int slot) => _cohortArguments[slot];

    /// <summary>Flags of the unit's input cell.</summary>
    public CellFlags InputFlags(InputSymbol input, int unit) => _inputFlags[input.Ordinal][unit];

    /// <summary>The node's points for the unit (unrounded), or null when not available.</summary>
    public decimal? Points(NodeSymbol node, int unit) => _points[node.Ordinal][unit];

    /// <summary><c>total</c> for the unit: the sum of the scored top-level nodes' points (unrounded), or null when one is missing.</summary>
    public decimal? Total(int unit) => (Volatile.Read(ref _total) ?? Initialize(ref _total, Totals.Of(Ruleset.ScoredRoots, _points, Units.Count)))[unit];

    /// <summary>The node's published value, points / max rounded; null for unscored or missing nodes.</summary>
    public decimal? NodeValue(NodeSymbol node, int unit) =>
        node.IsUnscored || Points(node, unit) is not { } points ? null : Publish(points / node.MaxPoints);

    /// <summary>Flags of the unit's node cell.</summary>
    public CellFlags NodeFlags(NodeSymbol node, int unit) => _nodeFlags[node.Ordinal][unit];

    /// <summary>The output's published (rounded) value, or null.</summary>
    public decimal? OutputValue(OutputSymbol output, int unit) =>
        _outputs[output.Ordinal][unit] is { } value ? Publish(value) : null;

    /// <summary>The unit's competition rank on a ranked output, or null.</summary>
    public int? Rank(OutputSymbol output, int unit) =>
        output.IsRanked ? (Volatile.Read(ref _ranks[output.Ordinal]) ?? Initialize(ref _ranks[output.Ordinal], RanksOf(output)))[unit] : null;

    /// <summary>Units in ranking order of the index (then by name for ties and unranked units).</summary>
    public IReadOnlyList<int> UnitsByRank()
    {
        var index = Ruleset.Index;
        return [.. Enumerable.Range(0, Units.Count)
            .OrderBy(u => (index is null ? null : Rank(index, u)) ?? int.MaxValue)
            .ThenBy(u => Units[u].Name, StringComparer.Ordinal)];
    }

    /// <summary>The diagnostics step <paramref name="index"/> reported (inputs, then nodes, then outputs, by ordinal), or null.</summary>
    internal Diagnostic[]? StepDiagnostics(int index) => _run.StepDiagnostics![index];

    /// <summary>The cohort call in <paramref name="slot"/> as the run computed it: argument, values and failures (null when never computed or none failed).</summary>
    internal (Column? Argument, Column? Values, ScoringFailure[]? Failures) Cohort(int slot) =>
        (_run.CohortArguments[slot], _run.CohortValues[slot], _run.CohortFailures[slot]);

    /// <summary>Copies this run's column references into a rescore's arrays, which replaces those of the steps it computes again.</summary>
    internal void CopyColumns(Column[] inputs, CellFlagColumn[] inputFlags, Column[] points, CellFlagColumn[] nodeFlags, Column[] outputs)
    {
        _run.Inputs.CopyTo(inputs, 0);
        _run.InputFlags.CopyTo(inputFlags, 0);
        _run.Points.CopyTo(points, 0);
        _run.NodeFlags.CopyTo(nodeFlags, 0);
        _run.Outputs.CopyTo(outputs, 0);
    }

    /// <summary>Keeps the first value worked out for a field read on demand, should two threads work it out at once.</summary>
    private static T Initialize<T>(ref T? field, T value)
        where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;

    private int?[] RanksOf(OutputSymbol output)
    {
        var values = _outputs[output.Ordinal];
        var published = new Column(Units.Count);
        for (var u = 0; u < published.Count; u++)
        {
            if (values.Present[u])
            {
                published.Set(u, Publish(values.Values[u]));
            }
        }

        return Ranking.CompetitionRanks(published);
    }

    private decimal Publish(decimal value) => ScalarFunctions.Round(value, Ruleset.Header.Rounding);
}
