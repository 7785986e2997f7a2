using System.CommandLine;
using DtiRules.Cli.Output;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti show RULESET</c>: the edition's tree, its flattened text, or its assumptions.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var resolved = new Option<bool>("--resolved") { Description = "Print the edition flattened: everything it inherits, with its changes applied, as ruleset text." };
        var assumptions = new Option<bool>("--assumptions") { Description = "List every node and output marked 'assumed', with its reason and where it is written." };
        var command = new Command("show", "Show an edition: its tree of nodes (default), --resolved text, or --assumptions.") { ruleset, resolved, assumptions };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var compilation = RulesetCompilation.FromFile(result.GetValue(ruleset)!);
            diagnostics.AddRange(compilation.Diagnostics);
            if (!compilation.HasErrors)
            {
                if (result.GetValue(resolved))
                {
                    console.Out.Write(SyntaxPrinter.Print(compilation.Ruleset.Declarations));
                }
                else if (result.GetValue(assumptions))
                {
                    AssumptionsWriter.Write(compilation.Ruleset, console.Out);
                }
                else
                {
                    TreeWriter.Write(compilation.Ruleset, console.Out);
                }
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
