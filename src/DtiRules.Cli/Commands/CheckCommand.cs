using System.CommandLine;
using DtiRules.Language.Binding;
using DtiRules.Cli.Output;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti check FILE...</c>: every problem of every ruleset file, in one run.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Ruleset files (.dti) or folders to check.", Arity = ArgumentArity.OneOrMore };
        var format = Options.DiagnosticFormat();
        var command = new Command("check", "Check rulesets and print every diagnostic as path(line,col): severity CODE: message.") { files, format };
        command.SetAction(result =>
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var path in RulesetFiles.Expand(result.GetValue(files)!, diagnostics))
            {
                // An edition reports its base's problems too; a folder run names each once.
                diagnostics.AddRange(RulesetCompilation.FromFile(path).Diagnostics.Except(diagnostics));
            }

            DiagnosticPrinter.Print(diagnostics, result.GetValue(format)!, console.Out);
            return diagnostics.Any(d => d.IsError) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }
}
