using System.CommandLine;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Testing;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti test PATH...</c>: runs the <c>test</c> blocks of ruleset files and folders.</summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = Texts.Help.Get(nameof(HelpText.RulesetPathsDescription)), Arity = ArgumentArity.OneOrMore };
        var junit = new Option<string?>("--junit") { Description = Texts.Help.Get(nameof(HelpText.TestJunitDescription)) };
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command("test", Texts.Help.Get(nameof(HelpText.TestDescription))) { paths, junit, units, engine, timings };
        Options.RefuseInputsAsOutputs(command, [junit], [paths, units]);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new List<Diagnostic>();
            var files = RulesetFiles.Expand(result.GetValue(paths)!, diagnostics);
            var runs = new List<(string Path, IReadOnlyList<TestOutcome> Outcomes)>();
            var lists = new UnitListLoader(result.GetValue(units));
            var cacheWarnings = new DiagnosticBag();
            var scorers = ScorerFactory.For(result.GetValue(engine)!, cacheWarnings);
            foreach (var path in files)
            {
                RulesetCompilation compilation;
                using (StageTimings.Measure(Stage.Bind))
                {
                    compilation = RulesetCompilation.FromFile(path);
                }

                // An edition reports its base's problems too; a folder run names each once.
                diagnostics.AddRange(compilation.Diagnostics.Where(d => d.IsError).Except(diagnostics));
                var listDiagnostics = new DiagnosticBag();
                var list = compilation.HasErrors || compilation.Ruleset.Tests.Count == 0 ? null : lists.For(compilation.Ruleset.Header, listDiagnostics);
                diagnostics.AddRange(listDiagnostics.Where(d => d.IsError).Except(diagnostics));
                using (StageTimings.Measure(Stage.Score))
                {
                    runs.Add((path, list is null ? [] : RulesetTestRunner.Run(compilation.Ruleset, list, scorers)));
                }
            }

            using (StageTimings.Measure(Stage.Write))
            {
                TestReportWriter.Write(runs, diagnostics, console.Out);
            }

            cacheWarnings.ToList().ForEach(d => console.Error.WriteLine(d.ToString()));

            if (result.GetValue(junit) is { Length: > 0 } junitPath)
            {
                var written = new DiagnosticBag();
                ResultOutput.Write(junitPath, console.Out, writer => JUnitWriter.Write(runs, writer), written);
                diagnostics.AddRange(written);
                written.ToList().ForEach(d => console.Error.WriteLine(d.ToString()));
            }

            var failed = runs.Sum(r => r.Outcomes.Count(o => !o.Passed));
            var code = CliConsole.ExitCode(diagnostics);
            return code == ExitCodes.Success && failed > 0 ? ExitCodes.Errors : code;
        });
        return command;
    }
}
