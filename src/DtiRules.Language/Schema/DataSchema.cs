namespace DtiRules.Language.Schema;

/// <summary>The columns a dataset may supply for one ruleset, by name (ordinal, case-sensitive).</summary>
public sealed class DataSchema
{
    /// <summary>The suffix of a column that gives a node's points instead of its 0–1 value: <c>nhan_thuc_so.points</c>.</summary>
    public const string PointsSuffix = ".points";

    private readonly Dictionary<string, DataField> _fields;

    /// <summary>Creates a schema of <paramref name="fields"/>; names must be distinct.</summary>
    public DataSchema(IEnumerable<DataField> fields)
    {
        Fields = [.. fields];
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Every field, in declaration order.</summary>
    public IReadOnlyList<DataField> Fields { get; }

    /// <summary>Finds a field by its exact name.</summary>
    public bool TryGetField(string name, out DataField field) => _fields.TryGetValue(name, out field!);
}
