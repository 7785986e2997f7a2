using System.CommandLine;
using DtiRules.Analysis.Editions;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti rescore --data FILE --rulesets R1 R2 ...</c>: one dataset under several editions, with rank shifts.</summary>
internal static class RescoreCommand
{
    public static Command Create(CliConsole console)
    {
        var data = Options.Data();
        var rulesets = Options.Rulesets();
        var format = OutputFormats.Option<RescoreMatrix>("table");
        var output = Options.OutFile();
        var units = Options.Units();
        var unitsMap = Options.UnitsMap();
        var mergeWeight = Options.MergeWeight();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command("rescore", Texts.Help.Get(nameof(HelpText.RescoreDescription)))
        {
            data, rulesets, format, output, units, unitsMap, mergeWeight, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [data, rulesets, units, unitsMap]);
        Options.RequireMapForWeight(command, unitsMap, mergeWeight);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var paths = result.GetValue(rulesets)!;
            var editions = paths.Select(p => EditionScorer.Compile(p, diagnostics)).ToList();
            var plan = ScoringPlan.Prepare(result.GetValue(data)!, result.GetValue(units), Options.UnitChange(result, unitsMap, mergeWeight), diagnostics);
            if (plan is null || editions.Any(e => e is null))
            {
                return console.Finish(diagnostics);
            }

            var scorers = ScorerFactory.For(result.GetValue(engine)!, diagnostics);
            var scored = TerminalProgress.Run(console, Texts.Output.Get(nameof(OutputText.Rescoring)), paths.Length, progress =>
            {
                var scored = new List<ScoredEdition>();
                for (var i = 0; i < paths.Length; i++)
                {
                    progress.Begin(Texts.Output.Format(nameof(OutputText.ScoringWith), paths[i]));

                    // Another year's data carries fields this edition does not read: one note, not an error per field.
                    if (plan.Score(editions[i]!, UnknownFields.Ignore, diagnostics, scorers) is { } scores)
                    {
                        scored.Add(scores.Of(paths[i]));
                    }
                }

                return scored;
            });

            if (scored.Count == paths.Length)
            {
                var matrix = RescoreMatrix.Build(scored, plan.Notes);
                if (WorkbookOutput.IsRequested(result.GetValue(output)))
                {
                    WorkbookOutput.Write(result.GetValue(output)!, diagnostics, WorkbookOutput.Sheet("rescore", RescoreGrid.Of(matrix)), WorkbookOutput.Notes(matrix.Notes));
                }
                else
                {
                    ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, matrix, writer, console.Error), diagnostics);
                }
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
