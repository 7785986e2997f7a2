using System.CommandLine;
using DtiRules.Cli.Resources;
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
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var output = new Option<string>("--out") { Description = Texts.Help.Get(nameof(HelpText.CatalogueOutDescription)), Required = true };
        var command = new Command("export-catalogue", Texts.Help.Get(nameof(HelpText.ExportCatalogueDescription)))
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
