using System.CommandLine;
using DtiRules.Cli.Resources;
using DtiRules.Data.Files;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti fmt PATH... [--check]</c>: rewrites ruleset files in the canonical layout, comments kept.</summary>
internal static class FormatCommand
{
    public static readonly DiagnosticDescriptor NotFormatted = new("DR4105", Severity.Error, DiagnosticTexts.Messages);

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = Texts.Help.Get(nameof(HelpText.RulesetPathsDescription)), Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = Texts.Help.Get(nameof(HelpText.FormatCheckDescription)) };
        var command = new Command("fmt", Texts.Help.Get(nameof(HelpText.FormatDescription))) { paths, check };
        command.SetAction(result =>
        {
            var problems = new List<Diagnostic>();
            var changed = 0;
            var files = RulesetFiles.Expand(result.GetValue(paths)!, problems);
            foreach (var path in files)
            {
                var bag = new DiagnosticBag();
                if (SourceFileReader.Read(path, bag) is not { } text)
                {
                    problems.AddRange(bag);
                    continue;
                }

                var tree = SyntaxTree.Parse(text);
                if (tree.Diagnostics.Count > 0)
                {
                    problems.AddRange(tree.Diagnostics);
                    continue;
                }

                var formatted = SyntaxPrinter.Format(tree);
                if (formatted == text.Text)
                {
                    continue;
                }

                changed++;
                if (result.GetValue(check))
                {
                    problems.Add(Diagnostic.Create(NotFormatted, SourceLocation.File(path), path));
                }
                else
                {
                    var written = new DiagnosticBag();
                    if (AtomicFile.TryWriteText(path, writer => writer.Write(formatted), written))
                    {
                        console.Out.WriteLine(Texts.Output.Format(nameof(OutputText.Formatted), path));
                    }

                    problems.AddRange(written);
                }
            }

            foreach (var problem in problems)
            {
                console.Error.WriteLine(problem.ToString());
            }

            console.Out.WriteLine(Texts.Output.Format(result.GetValue(check) ? nameof(OutputText.FilesNotFormatted) : nameof(OutputText.FilesRewritten), files.Count, changed));
            return CliConsole.ExitCode(problems);
        });
        return command;
    }
}
