using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>Draws a <see cref="TextGrid"/> as a table under a title line and its notes.</summary>
internal static class GridTableWriter
{
    public static void Write(string title, TextGrid grid, IReadOnlyList<string> notes, TextWriter writer)
    {
        var table = new Table { Border = TableBorder.Rounded };
        for (var c = 0; c < grid.Columns.Count; c++)
        {
            var column = new TableColumn(Markup.Escape(grid.Columns[c]));
            table.AddColumn(c < grid.TextColumns ? column : column.RightAligned());
        }

        foreach (var row in grid.Rows)
        {
            table.AddRow([.. row.Select(cell => new Text(cell))]);
        }

        writer.WriteLine(title);
        foreach (var note in notes)
        {
            writer.WriteLine($"# {note}");
        }

        PlainConsole.Create(writer).Write(table);
    }
}
