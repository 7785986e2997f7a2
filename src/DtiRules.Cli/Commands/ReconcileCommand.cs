using System.CommandLine;
using DtiRules.Analysis.Reconciliation;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Data.Reports;
using DtiRules.Data.Rounds;
using DtiRules.Data.Units;
using DtiRules.Data;
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
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = new Option<string>("--data") { Description = Texts.Help.Get(nameof(HelpText.ReconcileDataDescription)), Required = true };
        var rounds = new Option<string?>("--rounds") { Description = Texts.Help.Get(nameof(HelpText.ReconcileRoundsDescription)) };
        var unit = new Option<string?>("--unit") { Description = Texts.Help.Get(nameof(HelpText.ReconcileUnitDescription)) };
        var format = new Option<string>("--format") { Description = Texts.Help.Get(nameof(HelpText.ReconcileFormatDescription)), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var criteria = new CriteriaOptions();
        var command = new Command("reconcile", Texts.Help.Get(nameof(HelpText.ReconcileDescription)))
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
                result.AddError(Texts.Help.Get(nameof(HelpText.ReconcileXlsxNeedsOut)));
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is { } bound
                && RoundComparison.Run(bound, result.GetValue(data)!, result.GetValue(criteria.Sheet), result.GetValue(unit), criteria.Read(result), result.GetValue(rounds), new UnitListLoader(result.GetValue(units)), ScorerFactory.For(result.GetValue(engine)!, diagnostics), diagnostics) is var (read, reconciliation, _)
                && Select(reconciliation, read, result.GetValue(unit), diagnostics) is { } shown)
            {
                Write(shown, read.Path, result.GetValue(format)!, result.GetValue(output), console, diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    // With --unit on long data, only that unit's block (ranks stay those among all units); a criteria
    // sheet's one unit is named by --unit, so it always matches, while long data of one other unit does not.
    private static Reconciliation? Select(Reconciliation reconciliation, AssessmentRounds read, string? unit, DiagnosticBag diagnostics)
    {
        if (unit is null)
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
                    using (MachineFormats.English())
                    {
                        ReconciliationJsonWriter.Write(reconciliation, writer);
                    }

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
        // Lines whose scorings differ are filled, so an office sees at a glance what to take up.
        yield return WorkbookVocabulary.Translate(WorkbookSheet.FromText("reconcile", lines.Columns, lines.PeopleRows(), textColumns: 0, alwaysText: lines.TextColumns) with
        {
            HighlightedRows = ReconciliationGrids.Differing(reconciliation),
        });
        Func<ReconciliationRow, bool> differs = row => row.Level == ReconciliationLevel.Criterion && row.Differs;
        var differing = ReconciliationGrids.Lines(reconciliation, differs);
        yield return WorkbookVocabulary.Translate(WorkbookSheet.FromText("differing", differing.Columns, differing.PeopleRows(), textColumns: 0, alwaysText: differing.TextColumns) with
        {
            HighlightedRows = ReconciliationGrids.Differing(reconciliation, differs),
        });
        var unitsTable = ReconciliationGrids.Units(reconciliation);
        yield return WorkbookOutput.Sheet("units", unitsTable);
        yield return WorkbookOutput.Notes([.. reconciliation.Units.Select(u => u.Summary), Texts.Reconcile.Format(nameof(ReconcileTableText.DataNote), Path.GetFileName(dataPath))]);
    }
}
