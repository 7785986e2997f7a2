using System.CommandLine;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti score RULESET --data FILE</c>: scores every unit of a dataset.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("score", "Score a dataset with a ruleset.");
        command.SetAction(_ => console.Error.WriteLine("not yet"));
        return command;
    }
}
