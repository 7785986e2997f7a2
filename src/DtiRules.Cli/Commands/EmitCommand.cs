using System.CommandLine;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Compiler;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti emit RULESET</c>: prints the C# the compiled engine generates for a ruleset, for review.</summary>
internal static class EmitCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var output = Options.OutFile();
        var command = new Command("emit", Texts.Help.Get(nameof(HelpText.EmitDescription))) { ruleset, output };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset]);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is { } bound)
            {
                ResultOutput.Write(result.GetValue(output), console.Out, writer => writer.Write(CompiledEngine.Emit(bound)), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }
}
