using System.CommandLine;
using DtiRules.Data.Catalogues;
using DtiRules.Data.Files;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti export-catalogue RULESET --out sheet.xlsx|csv</c>: the checklist an office fills in, which <c>dti import</c> reads back.</summary>
internal static class ExportCatalogueCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var output = new Option<string>("--out") { Description = "The checklist to write: .xlsx (a workbook) or .csv.", Required = true };
        var command = new Command("export-catalogue", "Write a ruleset's criteria as the checklist an office fills in: code, criterion, group, max points, empty columns for the rounds and notes.")
        {
            ruleset, output,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset]);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var path = result.GetValue(output)!;
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is { } bound)
            {
                if (DatasetReader.IsWorkbook(path))
                {
                    AtomicFile.TryWrite(path, stream => Data.Reports.Workbooks.WorkbookWriter.Write([CatalogueExport.Sheet(bound)], stream), diagnostics);
                }
                else
                {
                    AtomicFile.TryWriteText(path, writer => CsvTableWriter.Write(CatalogueExport.Columns(bound), CatalogueExport.Rows(bound), writer), diagnostics);
                }
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
