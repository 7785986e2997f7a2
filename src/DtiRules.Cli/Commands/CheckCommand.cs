using System.CommandLine;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Testing;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti check FILE...</c>: every problem of every ruleset file, in one run.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = Texts.Help.Get(nameof(HelpText.CheckFilesDescription)), Arity = ArgumentArity.OneOrMore };
        var format = Options.DiagnosticFormat();
        var units = Options.Units();
        var command = new Command("check", Texts.Help.Get(nameof(HelpText.CheckDescription))) { files, format, units };
        command.SetAction(result =>
        {
            var diagnostics = new List<Diagnostic>();
            var lists = new UnitListLoader(result.GetValue(units));
            foreach (var path in RulesetFiles.Expand(result.GetValue(files)!, diagnostics))
            {
                // An edition reports its base's problems too; a folder run names each once.
                var compilation = RulesetCompilation.FromFile(path);
                diagnostics.AddRange(compilation.Diagnostics.Except(diagnostics));

                // The list is read once for every ruleset that names it.
                var listDiagnostics = new DiagnosticBag();
                UnitListCheck.Run(compilation.Ruleset, lists, listDiagnostics);
                diagnostics.AddRange(listDiagnostics.Except(diagnostics));
            }

            DiagnosticPrinter.Print(diagnostics, result.GetValue(format)!, console.Out);
            return CliConsole.ExitCode(diagnostics);
        });
        return command;
    }
}
