using DtiRules.Cli.Output.Formats;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>Writes a per-change attribution as a workbook sheet, or in the format asked for through the registry.</summary>
internal static class ChangeOutput
{
    public static void Write(ChangeAttributionDocument document, string format, string? output, CliConsole console, DiagnosticBag diagnostics)
    {
        if (WorkbookOutput.IsRequested(output))
        {
            WorkbookOutput.Write(output!, diagnostics, WorkbookOutput.Sheet("by_change", document.Grid), WorkbookOutput.Notes([document.Title.ToString(), .. document.Notes]));
            return;
        }

        ResultOutput.Write(output, console.Out, writer => OutputFormats.Write(format, document, writer, console.Error), diagnostics);
    }
}
