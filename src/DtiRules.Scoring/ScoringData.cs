using DtiRules.Language.Builtins;

namespace DtiRules.Scoring;

/// <summary>
/// Checked data ready to score, stored by column: one <see cref="Column"/> per field, one cell per
/// unit, missing where the unit has no value. Yes/no cells hold 1 or 0; level cells hold the
/// member's position. Columns are read-only once made, so every run over the data shares them.
/// </summary>
public sealed class ScoringData
{
    private static long lastVersion;

    private readonly Dictionary<string, Column> _columns;

    /// <summary>Creates data for <paramref name="units"/> with <paramref name="columns"/> keyed by field name.</summary>
    /// <exception cref="ArgumentException">A column's length differs from the number of units.</exception>
    public ScoringData(IReadOnlyList<UnitIdentity> units, IReadOnlyDictionary<string, decimal?[]> columns)
    {
        Units = units;
        _columns = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var (name, cells) in columns)
        {
            if (cells.Length != units.Count)
            {
                throw new ArgumentException($"Column '{name}' has {cells.Length} cells for {units.Count} units.", nameof(columns));
            }

            _columns[name] = Column.From(cells);
        }
    }

    private ScoringData(IReadOnlyList<UnitIdentity> units, Dictionary<string, Column> columns, DataChange change)
    {
        Units = units;
        _columns = columns;
        Change = change;
    }

    /// <summary>Tells this data from every other made in the process, so a change can name the data it was made from without holding it.</summary>
    internal long Version { get; } = Interlocked.Increment(ref lastVersion);

    /// <summary>How <see cref="WithColumns"/> made this data from another, or null when it was made from cells.</summary>
    internal DataChange? Change { get; }

    /// <summary>The units, in the order of the data file; this is the cohort.</summary>
    public IReadOnlyList<UnitIdentity> Units { get; }

    /// <summary>
    /// The text of each declared note present in the data, by note id: one text per unit, as written
    /// (line breaks kept), empty where the unit's cell is empty.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The names of the columns present.</summary>
    public IEnumerable<string> FieldNames => _columns.Keys;

    /// <summary>The column of a field, if the data has it.</summary>
    public bool TryGetColumn(string field, out IReadOnlyList<decimal?> column)
    {
        var found = _columns.TryGetValue(field, out var cells);
        column = cells ?? (IReadOnlyList<decimal?>)[];
        return found;
    }

    /// <summary>
    /// The same units with the columns of <paramref name="changes"/> set (a null column removes the
    /// field); every other column is shared, so a run over many variants of one dataset copies only
    /// what changes. Cells given as a <see cref="Column"/> are shared too, not copied: the caller
    /// must not change them afterwards; any other list is copied.
    /// </summary>
    /// <exception cref="ArgumentException">A column's length differs from the number of units.</exception>
    public ScoringData WithColumns(IEnumerable<KeyValuePair<string, IReadOnlyList<decimal?>?>> changes)
    {
        var columns = new Dictionary<string, Column>(_columns, StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, cells) in changes)
        {
            if (cells is null)
            {
                if (columns.Remove(name))
                {
                    changed.Add(name);
                }

                continue;
            }

            if (cells.Count != Units.Count)
            {
                throw new ArgumentException($"Column '{name}' has {cells.Count} cells for {Units.Count} units.", nameof(changes));
            }

            // A column handed over as a Column is shared, as the data's own columns are; it must not change afterwards.
            var column = cells as Column ?? Column.From(cells);
            if (!columns.TryGetValue(name, out var before) || !ReferenceEquals(before, column))
            {
                columns[name] = column;
                changed.Add(name);
            }
        }

        return new ScoringData(Units, columns, new DataChange(Version, [.. changed])) { Notes = Notes };
    }

    /// <summary>The column of a field, or null; the run reads it without copying and never writes to it.</summary>
    internal Column? Find(string field) => _columns.GetValueOrDefault(field);
}
