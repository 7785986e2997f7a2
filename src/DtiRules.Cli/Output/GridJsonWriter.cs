using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>Writes a grid as JSON: the title, one object per row (numeric cells as numbers) and the notes.</summary>
internal static class GridJsonWriter
{
    public static void Write(string title, TextGrid grid, IReadOnlyList<string> notes, TextWriter writer)
    {
        var document = new JObject
        {
            ["title"] = title,
            ["rows"] = new JArray(grid.Rows.Select(row =>
            {
                var item = new JObject();
                for (var c = 0; c < grid.Columns.Count; c++)
                {
                    item[grid.Columns[c]] = !grid.IsText(c) && decimal.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? new JValue(number)
                        : row[c].Length == 0 ? JValue.CreateNull() : new JValue(row[c]);
                }

                return item;
            })),
            ["notes"] = new JArray(notes),
        };
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }
}
