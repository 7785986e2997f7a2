namespace DtiRules.Language.Evaluation;

/// <summary>
/// The columns of one scoring run as a formula backend reads them: one array per input, node and
/// output, one cell per unit, filled by the run in evaluation order. Arrays are the run's own, so
/// a backend may keep them for the whole run.
/// </summary>
public sealed class ScoringColumns
{
    private readonly decimal?[][] _inputs;
    private readonly decimal?[][] _points;
    private readonly decimal?[][] _outputs;
    private readonly decimal?[]?[] _cohortArguments;
    private readonly ScoringData _data;
    private readonly Func<int, decimal?> _total;

    internal ScoringColumns(decimal?[][] inputs, decimal?[][] points, decimal?[][] outputs, decimal?[]?[] cohortArguments, ScoringData data, Func<int, decimal?> total)
    {
        _inputs = inputs;
        _points = points;
        _outputs = outputs;
        _cohortArguments = cohortArguments;
        _data = data;
        _total = total;
    }

    /// <summary>The number of units (the cohort).</summary>
    public int UnitCount => _data.Units.Count;

    /// <summary>Every unit's value of the input with ordinal <paramref name="ordinal"/>, after mappings and its policy.</summary>
    public decimal?[] Input(int ordinal) => _inputs[ordinal];

    /// <summary>Every unit's points of the node with ordinal <paramref name="ordinal"/>.</summary>
    public decimal?[] Points(int ordinal) => _points[ordinal];

    /// <summary>Every unit's value of the output with ordinal <paramref name="ordinal"/>.</summary>
    public decimal?[] Output(int ordinal) => _outputs[ordinal];

    /// <summary><c>total</c> for <paramref name="unit"/>: the sum of the scored top-level nodes' points, or null when one is missing.</summary>
    public decimal? Total(int unit) => _total(unit);

    /// <summary>Keeps the argument a cohort call site was computed over, so the result can explain it as the interpreter's does.</summary>
    public void RecordCohortArgument(int slot, decimal?[] argument) => _cohortArguments[slot] = argument;

    /// <summary>A data column read as it is (for input mappings), or null when the data lacks it.</summary>
    public IReadOnlyList<decimal?>? SourceField(string field) => _data.TryGetColumn(field, out var column) ? column : null;
}
