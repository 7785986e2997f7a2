using System.CommandLine;
using DtiRules.Data.Binding;
using DtiRules.Cli.Output;
using DtiRules.Data.Reports;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti score RULESET --data FILE</c>: scores every unit of a dataset and prints the ranking.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var data = Options.Data();
        var format = Options.ResultFormat();
        var output = Options.OutFile();
        var command = new Command("score", "Score every unit of a dataset: ranked table, or CSV/JSON with every node.") { ruleset, data, format, output };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var scores = EditionScorer.Score(result.GetValue(ruleset)!, result.GetValue(data)!, diagnostics, UnknownFields.Error, out var notes);
            if (scores is not null)
            {
                ResultOutput.Write(result.GetValue(output), console.Out, writer => WriteResult(scores, notes, result.GetValue(format)!, writer));
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static void WriteResult(ScoringResult scores, IReadOnlyList<string> notes, string format, TextWriter writer)
    {
        switch (format)
        {
            case "csv":
                CsvResultWriter.Write(scores, writer);
                break;
            case "json":
                JsonResultWriter.Write(scores, writer);
                break;
            default:
                RankingTableWriter.Write(scores, notes, writer);
                break;
        }
    }
}
