using System.CommandLine;
using DtiRules.Analysis.Editions;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Data.Reports;
using DtiRules.Data.Rounds;
using DtiRules.Data;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti score RULESET --data FILE</c>: scores every unit of a dataset and prints the ranking.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = Options.Data();
        var format = OutputFormats.Option<ScoreDocument>("table");
        var output = Options.OutFile();
        var units = Options.Units();
        var unitsMap = Options.UnitsMap();
        var mergeWeight = Options.MergeWeight();
        var rollup = Options.Rollup();
        var rollupWeight = Options.RollupWeight();
        var engine = Options.Engine();
        var showBoth = new Option<bool>("--show-both") { Description = Texts.Help.Get(nameof(HelpText.ScoreShowBothDescription)) };
        var timings = Options.Timings();
        var round = new Option<string?>("--round") { Description = Texts.Help.Get(nameof(HelpText.ScoreRoundDescription)) };
        var command = new Command("score", Texts.Help.Get(nameof(HelpText.ScoreDescription)))
        {
            ruleset, data, format, output, units, unitsMap, mergeWeight, rollup, rollupWeight, showBoth, engine, timings, round,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, units, unitsMap]);
        Options.RequireMapForWeight(command, unitsMap, mergeWeight);
        Options.RequireRollupAlone(command, rollup, rollupWeight, unitsMap);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var bound = EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics);
            var change = Options.UnitChange(result, unitsMap, mergeWeight, rollup, rollupWeight);
            var plan = result.GetValue(round) is { } roundId
                ? RoundPlan(bound, result.GetValue(data)!, roundId, result.GetValue(units), change, diagnostics)
                : ScoringPlan.Prepare(result.GetValue(data)!, result.GetValue(units), change, diagnostics);
            var scores = bound is null ? null : plan?.Score(bound, UnknownFields.Error, diagnostics, ScorerFactory.For(result.GetValue(engine)!, diagnostics));
            if (plan is not null && scores is not null && WorkbookOutput.IsRequested(result.GetValue(output)))
            {
                WorkbookOutput.Write(result.GetValue(output)!, diagnostics, [.. ScoreWorkbook.Sheets(scores.Result, plan.Notes)]);
            }
            else if (plan is not null && scores is not null)
            {
                var document = new ScoreDocument(scores, plan.Notes, result.GetValue(showBoth));
                ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, document, writer, console.Error), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static ScoringPlan? RoundPlan(BoundRuleset? bound, string dataPath, string round, string? units, UnitChange? change, DiagnosticBag diagnostics)
    {
        if (bound is null || RoundsReader.Read(dataPath, bound, null, null, CriteriaColumnOptions.None, diagnostics) is not { } rounds)
        {
            return null;
        }

        if (!rounds.Datasets.TryGetValue(round, out var dataset))
        {
            diagnostics.Report(DataDiagnostics.UnknownRound, SourceLocation.File(dataPath), round, string.Join(", ", rounds.RoundIds));
            return null;
        }

        return ScoringPlan.FromDataset(dataset, units, change);
    }
}
