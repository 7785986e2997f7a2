using System.CommandLine;
using DtiRules.Analysis.Explain;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti explain RULESET --data FILE --unit NAME</c>: why a unit got its result, from the index
/// (or a chosen node) down to the inputs, with formulas, their source lines, the values that went
/// in, cohort statistics and the points left on the table.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = Options.Data();
        var unit = UnitOptions.Unit();
        var node = new Option<string?>("--node") { Description = Texts.Help.Get(nameof(HelpText.ExplainNodeDescription)) };
        var outputs = new Option<bool>("--outputs") { Description = Texts.Help.Get(nameof(HelpText.ExplainOutputsDescription)) };
        var depth = UnitOptions.WholeNumber("--depth", Texts.Help.Get(nameof(HelpText.ExplainDepthDescription)), minimum: 0);
        var format = OutputFormats.Option<ExplainDocument>("text");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command(
            "explain",
            Texts.Help.Get(nameof(HelpText.ExplainDescription)))
        {
            ruleset, data, unit, node, outputs, depth, format, output, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, units]);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (UnitResult.Score(result.GetValue(ruleset)!, result.GetValue(data)!, result.GetValue(units), result.GetValue(unit)!, ScorerFactory.For(result.GetValue(engine)!, diagnostics), diagnostics) is { } scored
                && ExplainStart.Resolve(scored.Result.Ruleset, result.GetValue(node), diagnostics) is { } start)
            {
                var explanation = ExplanationBuilder.Build(scored.Result, scored.Unit, start, result.GetValue(depth));
                if (result.GetValue(node) is not null && !result.GetValue(outputs))
                {
                    // Asked about one node: its subtree is the answer; the outputs only when asked for.
                    explanation = explanation with { Outputs = [] };
                }

                var document = new ExplainDocument(explanation, scored.Notes);
                ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, document, writer, console.Error), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
