namespace DtiRules.Language.Evaluation;

/// <summary>
/// Checked data ready to score, stored by column: one array per field, one cell per unit, null
/// where the unit has no value. Yes/no cells hold 1 or 0; level cells hold the member's position.
/// </summary>
public sealed class ScoringData
{
    private readonly Dictionary<string, decimal?[]> _columns;

    /// <summary>Creates data for <paramref name="units"/> with <paramref name="columns"/> keyed by field name.</summary>
    /// <exception cref="ArgumentException">A column's length differs from the number of units.</exception>
    public ScoringData(IReadOnlyList<UnitIdentity> units, IReadOnlyDictionary<string, decimal?[]> columns)
    {
        Units = units;
        _columns = new Dictionary<string, decimal?[]>(columns, StringComparer.Ordinal);
        foreach (var (name, column) in _columns)
        {
            if (column.Length != units.Count)
            {
                throw new ArgumentException($"Column '{name}' has {column.Length} cells for {units.Count} units.", nameof(columns));
            }
        }
    }

    /// <summary>The units, in the order of the data file; this is the cohort.</summary>
    public IReadOnlyList<UnitIdentity> Units { get; }

    /// <summary>The names of the columns present.</summary>
    public IEnumerable<string> FieldNames => _columns.Keys;

    /// <summary>The column of a field, if the data has it.</summary>
    public bool TryGetColumn(string field, out IReadOnlyList<decimal?> column)
    {
        var found = _columns.TryGetValue(field, out var cells);
        column = cells ?? [];
        return found;
    }
}
