using System.CommandLine;
using DtiRules.Analysis.Reconciliation;
using DtiRules.Cli.Output;
using DtiRules.Data;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Data.Rounds;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti reconcile RULESET --data FILE</c>: two rounds of one assessment (self-assessment, appraisal) compared criterion by criterion.</summary>
internal static class ReconcileCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var data = new Option<string>("--data") { Description = "Data with rounds: a criteria sheet whose point columns are rounds, or long data with a 'round' column (.csv or .xlsx).", Required = true };
        var rounds = new Option<string?>("--rounds") { Description = "The two rounds to compare, A,B (default: self, then appraised or official)." };
        var unit = new Option<string?>("--unit") { Description = "A criteria sheet's unit (default: the file name without its extension); with long data, the unit to show." };
        var format = new Option<string>("--format") { Description = "table, csv, json or xlsx (an --out ending in .xlsx writes a workbook whatever this says).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var criteria = new CriteriaOptions();
        var command = new Command("reconcile", "Compare two rounds of one assessment: the index, every group and every criterion, by the size of the gap, with the notes kept beside them.")
        {
            ruleset, data, rounds, unit, format, output, units, engine, timings,
        };
        foreach (var option in criteria.All(columns: false))
        {
            command.Options.Add(option);
        }

        criteria.Validate(command);
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, units]);
        command.Validators.Add(result =>
        {
            if (WrittenOption.Text(result, format) == "xlsx" && !WorkbookOutput.IsRequested(WrittenOption.Text(result, output)))
            {
                result.AddError("--format xlsx needs --out FILE.xlsx.");
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is { } bound
                && RoundComparison.Run(bound, result.GetValue(data)!, result.GetValue(criteria.Sheet), result.GetValue(unit), criteria.Read(result), result.GetValue(rounds), result.GetValue(units), ScorerFactory.For(result.GetValue(engine)!, diagnostics), diagnostics) is var (read, reconciliation, _)
                && Select(reconciliation, read, result.GetValue(unit), diagnostics) is { } shown)
            {
                Write(shown, read.Path, result.GetValue(format)!, result.GetValue(output), console, diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    // With --unit on long data, only that unit's block (ranks stay those among all units).
    private static Reconciliation? Select(Reconciliation reconciliation, AssessmentRounds read, string? unit, DiagnosticBag diagnostics)
    {
        if (unit is null || reconciliation.Units.Count == 1)
        {
            return reconciliation;
        }

        var key = TextFolding.Key(unit);
        var shown = reconciliation.Units.Where((u, i) => TextFolding.Key(read.Units[i]) == key || TextFolding.Key(u.Unit.Name) == key || u.Unit.Code == unit.Trim()).ToList();
        if (shown.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.UnknownRoundUnit, SourceLocation.File(read.Path), unit, string.Join(", ", read.Units));
            return null;
        }

        return reconciliation with { Units = shown };
    }

    private static void Write(Reconciliation reconciliation, string dataPath, string format, string? output, CliConsole console, DiagnosticBag diagnostics)
    {
        if (WorkbookOutput.IsRequested(output))
        {
            WorkbookOutput.Write(output!, diagnostics, [.. Sheets(reconciliation, dataPath)]);
            return;
        }

        ResultOutput.Write(output, console.Out, writer =>
        {
            switch (format)
            {
                case "csv":
                    var lines = ReconciliationGrids.Lines(reconciliation);
                    CsvTableWriter.Write(lines.Columns, lines.Rows, writer);
                    break;
                case "json":
                    ReconciliationJsonWriter.Write(reconciliation, writer);
                    break;
                default:
                    ReconciliationTextWriter.Write(reconciliation, [], writer);
                    break;
            }
        }, diagnostics);
    }

    private static IEnumerable<WorkbookSheet> Sheets(Reconciliation reconciliation, string dataPath)
    {
        var lines = ReconciliationGrids.Lines(reconciliation);
        var textColumns = new HashSet<string>(reconciliation.NoteHeaders, StringComparer.Ordinal) { "code" };
        yield return WorkbookVocabulary.Translate(WorkbookSheet.FromText("reconcile", lines.Columns, lines.Rows, lines.TextColumns, textColumns));
        var differing = ReconciliationGrids.Lines(reconciliation, row => row.Level == ReconciliationLevel.Criterion && row.Differs);
        yield return WorkbookVocabulary.Translate(WorkbookSheet.FromText("differing", differing.Columns, differing.Rows, differing.TextColumns, textColumns));
        var unitsTable = ReconciliationGrids.Units(reconciliation);
        yield return WorkbookOutput.Sheet("units", unitsTable);
        yield return WorkbookOutput.Notes([.. reconciliation.Units.Select(u => u.Summary), $"Data: {Path.GetFileName(dataPath)}"]);
    }
}
