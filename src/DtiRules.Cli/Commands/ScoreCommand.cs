using System.CommandLine;
using System.Text;
using DtiRules.Language.Binding;
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
            var compilation = RulesetCompilation.FromFile(result.GetValue(ruleset)!);
            diagnostics.AddRange(compilation.Diagnostics);
            if (compilation.HasErrors)
            {
                return Finish(console, diagnostics);
            }

            var scoringData = DataLoader.Load(result.GetValue(data)!, compilation.Ruleset, diagnostics, out var notes);
            if (scoringData is null)
            {
                return Finish(console, diagnostics);
            }

            var scores = new Interpreter(compilation.Ruleset).Score(scoringData);
            diagnostics.AddRange(scores.Diagnostics);
            ResultOutput.Write(result.GetValue(output), console.Out, writer => WriteResult(scores, notes, result.GetValue(format)!, writer));
            return Finish(console, diagnostics);
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

    /// <summary>Prints the diagnostics to standard error; exit 1 when any is an error.</summary>
    private static int Finish(CliConsole console, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        return diagnostics.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }
}
