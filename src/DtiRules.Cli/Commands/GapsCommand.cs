using System.CommandLine;
using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Explain;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti gaps RULESET --data FILE --unit NAME [--target-rank N]</c>: the components where a unit
/// loses most points and, for a target rank, the points it needs and which components could supply them.
/// </summary>
internal static class GapsCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = Options.Data();
        var unit = UnitOptions.Unit();
        var targetRank = UnitOptions.WholeNumber(
            "--target-rank",
            Texts.Help.Get(nameof(HelpText.GapsTargetRankDescription)),
            minimum: 1);
        var plan = new Option<bool>("--plan")
        {
            Description = Texts.Help.Get(nameof(HelpText.GapsPlanDescription)),
        };
        var realism = new Option<string>("--realism") { Description = Texts.Help.Get(nameof(HelpText.GapsRealismDescription)), DefaultValueFactory = _ => "p75" };
        Options.AcceptOnly(realism, "best", "p90", "p75", "median");
        var format = OutputFormats.Option<GapsDocument>("text");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command(
            "gaps",
            Texts.Help.Get(nameof(HelpText.GapsDescription)))
        {
            ruleset, data, unit, targetRank, plan, realism, format, output, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, units]);
        command.Validators.Add(result =>
        {
            if (result.GetValue(plan) && !WrittenOption.IsGiven(result, targetRank))
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.GapsPlanNeedsTargetRank)));
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var scorers = ScorerFactory.For(result.GetValue(engine)!, diagnostics);
            if (UnitResult.Score(result.GetValue(ruleset)!, result.GetValue(data)!, result.GetValue(units), result.GetValue(unit)!, scorers, diagnostics) is not { } scored)
            {
                return console.Finish(diagnostics);
            }

            if (result.GetValue(targetRank) is { } rank && (rank > scored.Result.Units.Count))
            {
                diagnostics.Report(ExplainDiagnostics.TargetRankOutOfRange, null, rank, scored.Result.Units.Count);
            }
            else if (result.GetValue(plan))
            {
                MakePlan(scored, result.GetValue(data)!, result.GetValue(units), result.GetValue(targetRank)!.Value, result.GetValue(realism)!, scorers, result.GetValue(format)!, result.GetValue(output), console, diagnostics);
            }
            else
            {
                var analysis = GapAnalyzer.Analyze(scored.Result, scored.Unit, result.GetValue(targetRank));
                var document = new GapsDocument(analysis, scored.Notes);
                ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, document, writer, console.Error), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static void MakePlan(UnitResult scored, string dataPath, string? unitsOption, int targetRank, string realismName, IScorerFactory scorers, string format, string? output, CliConsole console, DiagnosticBag diagnostics)
    {
        var ruleset = scored.Result.Ruleset;
        var realism = realismName switch
        {
            "best" => Realism.Best,
            "p90" => Realism.P90,
            "median" => Realism.Median,
            "p75" => Realism.P75,
            var other => throw new InvalidOperationException($"--realism accepts only its listed values, not '{other}'."),
        };

        // The data was read and checked once already; its problems are not reported twice.
        if (new UnitListLoader(unitsOption).For(ruleset.Header, new DiagnosticBag()) is not { } list
            || DataLoader.Load(dataPath, ruleset, list, new DiagnosticBag(), out _, UnknownFields.Error) is not { } data)
        {
            return;
        }

        Plan? plan;
        using (StageTimings.Measure(Stage.Score))
        {
            plan = Planner.Make(ruleset, data, scored.Unit, targetRank, realism, scorers, diagnostics);
        }

        if (plan is null)
        {
            return;
        }

        OutputFormats.Write(format, new PlanDocument(plan, ruleset.Header.Rounding), console.Out, console.Error);
        if (output is { Length: > 0 })
        {
            PlanOutput.WriteScenario(plan, output, diagnostics, console.Out);
        }
    }
}
