using System.CommandLine;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti show RULESET</c>: the edition's tree, its flattened text, or its assumptions.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var resolved = new Option<bool>("--resolved") { Description = Texts.Help.Get(nameof(HelpText.ShowResolvedDescription)) };
        var assumptions = new Option<bool>("--assumptions") { Description = Texts.Help.Get(nameof(HelpText.ShowAssumptionsDescription)) };
        var command = new Command("show", Texts.Help.Get(nameof(HelpText.ShowDescription))) { ruleset, resolved, assumptions };
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
