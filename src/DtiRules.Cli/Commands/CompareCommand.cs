using System.CommandLine;
using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Editions;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti compare --rulesets A B --data OLD NEW</c>: each unit's change split into data and methodology effects.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var rulesets = Options.Rulesets(count: 2);
        var data = new Option<string[]>("--data")
        {
            Description = Texts.Help.Get(nameof(HelpText.CompareDatasetsDescription)),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = new ArgumentArity(2, 2),
        };
        var order = new Option<string>("--order") { Description = Texts.Help.Get(nameof(HelpText.CompareOrderDescription)), DefaultValueFactory = _ => "shapley" };
        Options.AcceptOnly(order, "shapley", "data-first", "rules-first");
        var byChange = new Option<bool>("--by-change")
        {
            Description = Texts.Help.Get(nameof(HelpText.ByChangeDescription)),
        };
        var format = OutputFormats.Option<ComparisonDocument>("table");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command("compare", Texts.Help.Get(nameof(HelpText.CompareDescription)))
        {
            rulesets, data, order, byChange, format, output, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [rulesets, data, units]);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var paths = result.GetValue(rulesets)!;
            var files = result.GetValue(data)!;
            var inputs = new ComparisonInputs(paths[0], paths[1], files[0], files[1]);
            var a = EditionScorer.Compile(inputs.RulesetA, diagnostics);
            var b = EditionScorer.Compile(inputs.RulesetB, diagnostics);
            var lists = new UnitListLoader(result.GetValue(units));
            var (unitsA, unitsB) = (a is null ? null : lists.For(a.Header, diagnostics), b is null ? null : lists.For(b.Header, diagnostics));
            if (a is null || b is null || unitsA is null || unitsB is null)
            {
                return console.Finish(diagnostics);
            }

            // Each edition may meet the other year's fields: one note each, not an error per field.
            var scorers = ScorerFactory.For(result.GetValue(engine)!, diagnostics);
            var oldUnderA = EditionScorer.Score(a, inputs.OldData, unitsA, diagnostics, UnknownFields.Ignore, scorers, out _);
            var newUnderA = EditionScorer.Score(a, inputs.NewData, unitsA, diagnostics, UnknownFields.Ignore, scorers, out _);
            var oldUnderB = EditionScorer.Score(b, inputs.OldData, unitsB, diagnostics, UnknownFields.Ignore, scorers, out _);
            var newUnderB = EditionScorer.Score(b, inputs.NewData, unitsB, diagnostics, UnknownFields.Ignore, scorers, out _);
            if (oldUnderA is not null && newUnderA is not null && oldUnderB is not null && newUnderB is not null)
            {
                var decomposition = result.GetValue(order) switch
                {
                    "rules-first" => SplitOrder.RulesFirst,
                    "data-first" => SplitOrder.DataFirst,
                    "shapley" => SplitOrder.Shapley,
                    var other => throw new InvalidOperationException($"--order accepts only its listed values, not '{other}'."),
                };
                var comparison = EditionComparison.Build(oldUnderA, newUnderA, oldUnderB, newUnderB, decomposition);
                if (result.GetValue(byChange))
                {
                    ByChange.Write(a, b, inputs.RulesetB, [inputs.OldData, inputs.NewData], unitsA, unitsB, decomposition, inputs.Title, scorers, result.GetValue(format)!, result.GetValue(output), console, diagnostics);
                }
                else if (WorkbookOutput.IsRequested(result.GetValue(output)))
                {
                    WorkbookOutput.Write(result.GetValue(output)!, diagnostics, WorkbookOutput.Sheet("comparison", ComparisonGrid.Of(comparison, full: true)), WorkbookOutput.Notes([inputs.Title, .. comparison.Notes]));
                }
                else
                {
                    ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, new ComparisonDocument(comparison, inputs), writer, console.Error), diagnostics);
                }
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
