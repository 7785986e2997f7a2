namespace DtiRules.Cli.Output;

/// <summary>Writes a per-change attribution grid in the format asked for: a table, CSV (notes on standard error), JSON, or a workbook.</summary>
internal static class ChangeOutput
{
    public static void Write(TextGrid grid, string title, IReadOnlyList<string> notes, string format, string? output, CliConsole console, Language.Diagnostics.DiagnosticBag diagnostics)
    {
        if (WorkbookOutput.IsRequested(output))
        {
            WorkbookOutput.Write(output!, diagnostics, WorkbookOutput.Sheet("by_change", grid), WorkbookOutput.Notes([title, .. notes]));
            return;
        }

        ResultOutput.Write(output, console.Out, writer =>
        {
            switch (format)
            {
                case "csv":
                    GridCsvWriter.Write(grid, writer);
                    foreach (var note in notes)
                    {
                        console.Error.WriteLine($"note: {note}");
                    }

                    break;
                case "json":
                    GridJsonWriter.Write(title, grid, notes, writer);
                    break;
                default:
                    GridTableWriter.Write(title, grid, notes, writer);
                    break;
            }
        }, diagnostics);
    }
}
