using System.Text.RegularExpressions;
using DtiRules.Language.Localization;
using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>
/// Draws a <see cref="TextGrid"/> as a table under a title line and its notes: the headers and rows
/// people read, numbers with the decimal mark of the display settings.
/// </summary>
internal static partial class GridTableWriter
{
    public static void Write(string title, TextGrid grid, IReadOnlyList<string> notes, TextWriter writer)
    {
        var headers = grid.Headers ?? grid.Columns;
        var table = new Table { Border = TableBorder.Rounded };
        for (var c = 0; c < headers.Count; c++)
        {
            var column = new TableColumn(Markup.Escape(headers[c]));
            table.AddColumn(grid.IsText(c) ? column : column.RightAligned());
        }

        var comma = DisplaySettings.Current.Decimal == DecimalMark.Comma;
        foreach (var row in grid.PeopleRows())
        {
            table.AddRow([.. row.Select((cell, c) => new Text(comma && !grid.IsText(c) ? WithComma(cell) : cell))]);
        }

        writer.WriteLine(title);
        foreach (var note in notes)
        {
            writer.WriteLine($"# {note}");
        }

        PlainConsole.Create(writer).Write(table);
    }

    /// <summary>A number cell (<c>0.25</c>, <c>+1.5</c>, <c>0.1..0.3</c>) with decimal commas: only a point between digits is a decimal mark.</summary>
    public static string WithComma(string cell) => DecimalPoint().Replace(cell, ",");

    [GeneratedRegex(@"(?<=\d)\.(?=\d)")]
    private static partial Regex DecimalPoint();
}
