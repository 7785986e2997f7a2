using DtiRules.Language.Text;

namespace DtiRules.Language.Schema;

/// <summary>
/// The columns a dataset may supply for one ruleset: fields by name (ordinal, case-sensitive), and
/// notes by id or by header.
/// </summary>
public sealed class DataSchema
{
    /// <summary>The suffix of a column that gives a node's points instead of its 0–1 value: <c>nhan_thuc_so.points</c>.</summary>
    public const string PointsSuffix = ".points";

    private readonly Dictionary<string, DataField> _fields;

    private readonly Dictionary<string, DataNote> _notesByHeader;

    /// <summary>Creates a schema of <paramref name="fields"/> and <paramref name="notes"/>; field names must be distinct.</summary>
    public DataSchema(IEnumerable<DataField> fields, IEnumerable<DataNote>? notes = null)
    {
        Fields = [.. fields];
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Notes = [.. notes ?? []];
        _notesByHeader = new Dictionary<string, DataNote>(StringComparer.Ordinal);
        foreach (var note in Notes)
        {
            _notesByHeader.TryAdd(TextFolding.Fold(note.Header), note);
        }
    }

    /// <summary>Every note, in declaration order.</summary>
    public IReadOnlyList<DataNote> Notes { get; }

    /// <summary>Every field, in declaration order.</summary>
    public IReadOnlyList<DataField> Fields { get; }

    /// <summary>Finds a field by its exact name.</summary>
    public bool TryGetField(string name, out DataField field) => _fields.TryGetValue(name, out field!);

    /// <summary>
    /// Finds the note a column holds: one whose id is <paramref name="column"/>, else one whose
    /// header is, as offices write headers (case, accents and spacing aside). A field of the same
    /// name wins: the binder never lets a note take a field's column.
    /// </summary>
    public bool TryGetNote(string column, out DataNote note)
    {
        note = _fields.ContainsKey(column)
            ? null!
            : Notes.FirstOrDefault(n => n.Name == column) ?? _notesByHeader.GetValueOrDefault(TextFolding.Fold(column))!;
        return note is not null;
    }
}
