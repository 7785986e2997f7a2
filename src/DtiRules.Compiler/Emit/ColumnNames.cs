namespace DtiRules.Compiler.Emit;

/// <summary>
/// Names the columns generated methods read. Names are built from ordinals; ids appear only in
/// comments and data column names only in string literals, so ruleset text cannot change the code.
/// </summary>
internal sealed class ColumnNames
{
    private readonly Dictionary<string, int> _sourceFields = new(StringComparer.Ordinal);

    public ColumnLocal Input(int ordinal, string id) => Local("input", ordinal, $"Input({CSharpText.Integer(ordinal)})", CSharpText.Id(id));

    public ColumnLocal Points(int ordinal, string id) => Local("points", ordinal, $"Points({CSharpText.Integer(ordinal)})", CSharpText.Id(id));

    public ColumnLocal Output(int ordinal, string id) => Local("output", ordinal, $"Output({CSharpText.Integer(ordinal)})", CSharpText.Id(id));

    public ColumnLocal Cohort(int slot, string function) => Local("cohort", slot, $"Cohort({CSharpText.Integer(slot)})", CSharpText.Id(function) + " of this formula");

    public ColumnLocal Total() => Declare("total", "Total", "total");

    public ColumnLocal Source(string field)
    {
        if (!_sourceFields.TryGetValue(field, out var index))
        {
            index = _sourceFields[field] = _sourceFields.Count;
        }

        return Local("source", index, $"SourceField({CSharpText.Literal(field)})", "data column " + CSharpText.InComment(field));
    }

    private static ColumnLocal Local(string kind, int number, string access, string comment) =>
        Declare(kind + CSharpText.Integer(number), access, comment);

    private static ColumnLocal Declare(string name, string access, string comment) =>
        new(name, $"var {name} = columns.{access}.Values; // {comment}\n        var {name}Present = columns.{access}.Present;");
}
