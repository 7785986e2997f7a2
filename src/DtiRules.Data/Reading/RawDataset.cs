using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>A dataset as read from a file: rows of cells, not yet checked against a ruleset.</summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Rows">One row per unit, in file order.</param>
/// <param name="DecimalComma">True when the file declares that numbers use a decimal comma.</param>
/// <param name="Notes">The file's comments (CSV <c>#</c> lines, JSON <c>"notes"</c>), e.g. "synthetic data".</param>
public sealed record RawDataset(string Path, IReadOnlyList<RawUnitRow> Rows, bool DecimalComma, IReadOnlyList<string> Notes)
{
    private IReadOnlyList<string>? _fields;
    private (IReadOnlyList<RawUnitRow> Rows, Dictionary<string, SourceLocation> Index)? _firstWritten;

    /// <summary>
    /// Where each field is first named (a CSV header cell, a JSON property), so that a problem with
    /// a whole column points at its name; empty when not known.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>
    /// The fields the rows give, in order of first appearance: a wide table's header, without
    /// looking at every cell; otherwise gathered from the cells once.
    /// </summary>
    public IReadOnlyList<string> Fields
    {
        get => _fields ??= [.. Rows.SelectMany(r => r.Cells.Select(c => c.Field)).Distinct(StringComparer.Ordinal)];
        init => _fields = value;
    }

    /// <summary>Where <paramref name="field"/> is named, or else first written.</summary>
    public SourceLocation LocationOf(string field) =>
        FieldLocations.TryGetValue(field, out var named) ? named : FirstWritten()[field];

    // Where each field is first written, gathered from the cells once (readers of rounds and ruleset
    // tests name no fields), so asking for every field reads every cell once, not once per field.
    // Kept with the rows it was built from: 'with' copies this field along with new rows.
    private Dictionary<string, SourceLocation> FirstWritten()
    {
        if (_firstWritten is { } built && ReferenceEquals(built.Rows, Rows))
        {
            return built.Index;
        }

        var index = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            foreach (var cell in row.Cells)
            {
                index.TryAdd(cell.Field, cell.Location);
            }
        }

        _firstWritten = (Rows, index);
        return index;
    }

    /// <summary>The same dataset without the cells of <paramref name="field"/>, e.g. a column used for something other than scoring.</summary>
    public RawDataset WithoutField(string field)
    {
        var wide = new Dictionary<WideColumns, WideColumns>(ReferenceEqualityComparer.Instance);
        return this with
        {
            Rows = [.. Rows.Select(r => r with { Cells = Without(r.Cells, field, wide) })],
            FieldLocations = FieldLocations.Where(p => p.Key != field).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Fields = [.. Fields.Where(f => f != field)],
        };
    }

    private static IReadOnlyList<RawCell> Without(IReadOnlyList<RawCell> cells, string field, Dictionary<WideColumns, WideColumns> wide)
    {
        if (cells is not WideRowCells row)
        {
            return [.. cells.Where(c => c.Field != field)];
        }

        if (!wide.TryGetValue(row.Columns, out var kept))
        {
            wide[row.Columns] = kept = row.Columns.Without(field);
        }

        return row.With(kept);
    }
}
