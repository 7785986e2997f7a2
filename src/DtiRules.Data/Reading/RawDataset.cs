using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>A dataset as read from a file: rows of cells, not yet checked against a ruleset.</summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Rows">One row per unit, in file order.</param>
/// <param name="DecimalComma">True when the file declares that numbers use a decimal comma.</param>
/// <param name="Notes">The file's comments (CSV <c>#</c> lines, JSON <c>"notes"</c>), e.g. "synthetic data".</param>
public sealed record RawDataset(string Path, IReadOnlyList<RawUnitRow> Rows, bool DecimalComma, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Where each field is first named (a CSV header cell, a JSON property), so that a problem with
    /// a whole column points at its name; empty when not known.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>The same dataset without the cells of <paramref name="field"/>, e.g. a column used for something other than scoring.</summary>
    public RawDataset WithoutField(string field) => this with
    {
        Rows = [.. Rows.Select(r => r with { Cells = [.. r.Cells.Where(c => c.Field != field)] })],
        FieldLocations = FieldLocations.Where(p => p.Key != field).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
    };
}
