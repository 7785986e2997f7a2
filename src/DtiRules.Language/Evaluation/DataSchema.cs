namespace DtiRules.Language.Evaluation;

/// <summary>The columns a dataset may supply for one ruleset, by name (ordinal, case-sensitive).</summary>
public sealed class DataSchema
{
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
