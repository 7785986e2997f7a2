using System.CommandLine;
using DtiRules.Analysis.Explain;
using DtiRules.Cli.Output;
using DtiRules.Cli.Output.Formats;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti gaps RULESET --data FILE --unit NAME [--target-rank N]</c>: the components where a unit
/// loses most points and, for a target rank, the points it needs and which components could supply them.
/// </summary>
internal static class GapsCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var data = Options.Data();
        var unit = UnitOptions.Unit();
        var targetRank = UnitOptions.WholeNumber(
            "--target-rank",
            "Also work out the index value and points the unit needs for this rank, every other unit held at its result, and which components could supply them.",
            minimum: 1);
        var format = OutputFormats.Option<GapsDocument>("text");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command(
            "gaps",
            "The components where one unit loses most points (max − earned), most first, with their share of the scale; with --target-rank, the points needed to reach that rank and where they could come from.")
        {
            ruleset, data, unit, targetRank, format, output, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, units]);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (UnitResult.Score(result.GetValue(ruleset)!, result.GetValue(data)!, result.GetValue(units), result.GetValue(unit)!, ScorerFactory.For(result.GetValue(engine)!, diagnostics), diagnostics) is { } scored)
            {
                var analysis = GapAnalyzer.Analyze(scored.Result, scored.Unit, result.GetValue(targetRank));
                var document = new GapsDocument(analysis, scored.Notes);
                ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, document, writer, console.Error), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
