using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Schema;

namespace DtiRules.Language.Binding;

/// <summary>Derives the data columns a ruleset accepts: its inputs, each scored node's value and points, and each output's value.</summary>
internal static class DataSchemaFactory
{
    public static DataSchema Create(BoundRuleset ruleset)
    {
        var fields = new List<DataField>();
        foreach (var input in ruleset.Inputs)
        {
            var members = input.Type.LevelType?.Members ?? [];
            fields.Add(new DataField(
                input.Name, input.Label, KindOf(input.Type), input.Minimum, input.Maximum,
                [.. members.Select(m => m.Name)], [.. members.Select(m => m.Label)]));
        }

        foreach (var node in ruleset.Nodes.Where(n => !n.IsUnscored))
        {
            var oldIds = ruleset.Aliases.Where(a => a.Value == node.Name).Select(a => a.Key);
            foreach (var id in oldIds.Prepend(node.Name))
            {
                fields.Add(new DataField(id, node.Label, FieldKind.NodeValue, 0m, 1m, [], []));
                fields.Add(new DataField(id + DataSchema.PointsSuffix, node.Label, FieldKind.NodePoints, 0m, node.MaxPoints, [], []));
            }
        }

        // An output's column gives its published value, so a table of pillar values can be rescored.
        fields.AddRange(ruleset.Outputs.Select(o => new DataField(o.Name, o.Label, FieldKind.OutputValue, 0m, 1m, [], [])));

        // Columns read by input mappings are plain numbers of other editions' data.
        foreach (var mapping in ruleset.Mappings)
        {
            fields.AddRange(mapping.SourceFields.Select(f => new DataField(f, $"→ {mapping.Target.Name}", FieldKind.Number, null, null, [], [])));
        }

        return new DataSchema(fields.DistinctBy(f => f.Name), ruleset.Notes.Select(n => new DataNote(n.Name, n.Header)));
    }

    private static FieldKind KindOf(RuleType type) => type.Kind switch
    {
        TypeKind.Percent => FieldKind.Percent,
        TypeKind.Count => FieldKind.Count,
        TypeKind.YesNo => FieldKind.YesNo,
        TypeKind.Level => FieldKind.Level,
        _ => FieldKind.Number,
    };
}
