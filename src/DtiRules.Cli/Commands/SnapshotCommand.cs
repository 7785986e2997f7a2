using System.CommandLine;
using System.Globalization;
using DtiRules.Analysis.Snapshots;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti snapshot RULESET --data FILE (--out FILE | --check SNAPSHOT)</c>: writes or checks a whole-ranking snapshot.</summary>
internal static class SnapshotCommand
{
    public static readonly DiagnosticDescriptor NotASnapshot = new("DR4103", Severity.Error, DiagnosticTexts.Messages);

    public static readonly DiagnosticDescriptor SnapshotDiffers = new("DR4104", Severity.Error, DiagnosticTexts.Messages);

    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = Options.Data();
        var output = new Option<string?>("--out") { Description = Texts.Help.Get(nameof(HelpText.SnapshotOutDescription)) };
        var check = new Option<string?>("--check") { Description = Texts.Help.Get(nameof(HelpText.SnapshotCheckDescription)) };
        var tolerance = new Option<decimal>("--tolerance") { Description = Texts.Help.Get(nameof(HelpText.SnapshotToleranceDescription)), DefaultValueFactory = _ => 0m };
        var maxRankMove = new Option<int>("--max-rank-move") { Description = Texts.Help.Get(nameof(HelpText.SnapshotMaxRankMoveDescription)), DefaultValueFactory = _ => 0 };
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command("snapshot", Texts.Help.Get(nameof(HelpText.SnapshotDescription)))
        {
            ruleset, data, output, check, tolerance, maxRankMove, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, check, units]);
        command.Validators.Add(result =>
        {
            if (WrittenOption.IsGiven(result, output) == WrittenOption.IsGiven(result, check))
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.SnapshotOutOrCheck)));
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is not { } bound
                || new UnitListLoader(result.GetValue(units)).For(bound.Header, diagnostics) is not { } list
                || EditionScorer.Score(bound, result.GetValue(data)!, list, diagnostics, UnknownFields.Error, ScorerFactory.For(result.GetValue(engine)!, diagnostics), out _) is not { } scores)
            {
                return console.Finish(diagnostics);
            }

            var current = ResultSnapshot.Of(scores);
            if (result.GetValue(output) is { Length: > 0 } path)
            {
                ResultOutput.Write(path, console.Out, writer => writer.Write(current.ToText()), diagnostics);
                return console.Finish(diagnostics);
            }

            var storedPath = result.GetValue(check)!;
            if (ReadSnapshot(storedPath) is not { } stored)
            {
                diagnostics.Report(NotASnapshot, SourceLocation.File(storedPath), storedPath);
                return console.Finish(diagnostics);
            }

            var comparison = SnapshotComparison.Compare(stored, current, result.GetValue(tolerance), result.GetValue(maxRankMove));
            Print(comparison, storedPath, console.Out);
            if (!comparison.Passed)
            {
                diagnostics.Report(SnapshotDiffers, SourceLocation.File(storedPath), storedPath);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static ResultSnapshot? ReadSnapshot(string path)
    {
        using var timing = StageTimings.Measure(Stage.Read);
        return File.Exists(path) ? ResultSnapshot.Parse(File.ReadAllText(path)) : null;
    }

    private static void Print(SnapshotComparison comparison, string storedPath, TextWriter writer)
    {
        const int ValuesShown = 20;
        if (comparison.RankMoves.Count + comparison.ValueChanges.Count + comparison.UnitChanges.Count == 0)
        {
            writer.WriteLine(Texts.Output.Format(nameof(OutputText.SnapshotSame), storedPath));
            return;
        }

        writer.WriteLine(Texts.Output.Format(nameof(OutputText.SnapshotDifferences), storedPath, comparison.RankMoves.Count, comparison.ValueChanges.Count));
        foreach (var line in comparison.UnitChanges.Concat(comparison.RankMoves))
        {
            writer.WriteLine("  " + line);
        }

        foreach (var line in comparison.ValueChanges.Take(ValuesShown))
        {
            writer.WriteLine("  " + line);
        }

        if (comparison.ValueChanges.Count > ValuesShown)
        {
            writer.WriteLine("  … " + Texts.Output.Format(nameof(OutputText.SnapshotMoreValues), comparison.ValueChanges.Count - ValuesShown));
        }

        writer.WriteLine(Texts.Output.Get(comparison.Passed ? nameof(OutputText.SnapshotWithin) : nameof(OutputText.SnapshotBeyond)));
    }
}
