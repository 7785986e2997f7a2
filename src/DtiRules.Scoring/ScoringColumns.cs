using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;

namespace DtiRules.Scoring;

/// <summary>
/// The columns of one scoring run as an engine reads them: one per input, node and output, one
/// cell per unit, filled by the run in evaluation order, and the value of every cohort call,
/// computed once before the formula that holds it. Columns are the run's own, so an engine may
/// keep them while it computes a formula.
/// </summary>
public sealed class ScoringColumns
{
    private readonly Column[] _inputs;
    private readonly Column[] _points;
    private readonly Column[] _outputs;
    private readonly Column?[] _cohorts;
    private readonly ScoringData _data;
    private readonly IReadOnlyList<NodeSymbol> _scoredRoots;
    private Column? _total;

    internal ScoringColumns(Column[] inputs, Column[] points, Column[] outputs, Column?[] cohorts, ScoringData data, IReadOnlyList<NodeSymbol> scoredRoots)
    {
        _inputs = inputs;
        _points = points;
        _outputs = outputs;
        _cohorts = cohorts;
        _data = data;
        _scoredRoots = scoredRoots;
    }

    /// <summary>The number of units (the cohort).</summary>
    public int UnitCount => _data.Units.Count;

    /// <summary>
    /// <c>total</c> for every unit. Computed on first use: the binder orders every formula that
    /// reads it after all top-level nodes, so their points are final by then.
    /// </summary>
    public Column Total => _total ??= Totals.Of(_scoredRoots, _points, UnitCount);

    /// <summary>Every unit's value of the input with ordinal <paramref name="ordinal"/>, after mappings and its policy.</summary>
    public Column Input(int ordinal) => _inputs[ordinal];

    /// <summary>Every unit's points of the node with ordinal <paramref name="ordinal"/>.</summary>
    public Column Points(int ordinal) => _points[ordinal];

    /// <summary>Every unit's value of the output with ordinal <paramref name="ordinal"/>.</summary>
    public Column Output(int ordinal) => _outputs[ordinal];

    /// <summary>The value of the cohort call in <paramref name="slot"/> for every unit.</summary>
    /// <exception cref="InvalidOperationException">The slot's formula is not being computed (a bug of the engine).</exception>
    public Column Cohort(int slot) => _cohorts[slot] ?? throw new InvalidOperationException($"Cohort call {slot} is read before the run computed it.");

    /// <summary>A data column as it is (for input mappings); every value missing when the data lacks it.</summary>
    public Column SourceField(string field) => _data.Find(field) ?? new Column(UnitCount);
}
