using System.CommandLine;
using DtiRules.Analysis.Sensitivity;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti sensitivity RULESET --data FILE</c>: how firm each unit's rank is when the factors of the
/// ruleset's <c>uncertainty</c> block (or every main index's weight, with <c>--vary-weights</c>) vary.
/// </summary>
internal static class SensitivityCommand
{
    private const int MaxSamples = 1_000_000;

    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = Options.Data();
        var samples = new Option<int>("--samples") { Description = Texts.Help.Get(nameof(HelpText.SensitivitySamplesDescription)), DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = Texts.Help.Get(nameof(HelpText.SensitivitySeedDescription)), DefaultValueFactory = _ => 1UL };
        var top = new Option<int>("--top") { Description = Texts.Help.Get(nameof(HelpText.SensitivityTopDescription)), DefaultValueFactory = _ => 10 };
        var indices = new Option<bool>("--indices") { Description = Texts.Help.Get(nameof(HelpText.SensitivityIndicesDescription)) };
        var indicesOf = new Option<string>("--indices-of") { Description = Texts.Help.Get(nameof(HelpText.SensitivityIndicesOfDescription)), DefaultValueFactory = _ => "rank-shift" };
        indicesOf.AcceptOnlyFromAmong("rank-shift", "value");
        var varyWeights = new Option<decimal?>("--vary-weights") { Description = Texts.Help.Get(nameof(HelpText.SensitivityVaryWeightsDescription)) };
        var threads = new Option<int>("--threads") { Description = Texts.Help.Get(nameof(HelpText.SensitivityThreadsDescription)), DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = Texts.Help.Get(nameof(HelpText.SensitivityFormatDescription)), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command("sensitivity", Texts.Help.Get(nameof(HelpText.SensitivityDescription)))
        {
            ruleset, data, samples, seed, top, indices, indicesOf, varyWeights, threads, engine, format, output, units, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, units]);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var options = new SensitivityOptions(
                result.GetValue(samples),
                result.GetValue(seed),
                result.GetValue(top),
                result.GetValue(indices),
                result.GetValue(indicesOf) == "value" ? IndexTarget.Value : IndexTarget.RankShift,
                result.GetValue(threads));
            var path = result.GetValue(ruleset)!;
            var chosenFormat = result.GetValue(format)!;
            var outPath = result.GetValue(output);
            if (!Valid(options, result.GetValue(varyWeights), chosenFormat, outPath, diagnostics)
                || EditionScorer.Compile(path, diagnostics) is not { } bound
                || new UnitListLoader(result.GetValue(units)).For(bound.Header, diagnostics) is not { } unitList
                || DataLoader.Load(result.GetValue(data)!, bound, unitList, diagnostics, out var notes) is not { } scoringData)
            {
                return console.Finish(diagnostics);
            }

            var factors = result.GetValue(varyWeights) is { } percent ? SensitivityFactors.VaryWeights(bound, percent) : bound.Uncertainty;
            var scorers = ScorerFactory.For(result.GetValue(engine)!, diagnostics);
            SensitivityResult? analysis;
            using (StageTimings.Measure(Stage.Score))
            {
                analysis = SensitivityAnalysis.Run(
                    bound, scoringData, factors, options, scorers.CreateMany, diagnostics);
            }

            if (analysis is not null)
            {
                SensitivityOutput.Write(analysis, notes, chosenFormat, outPath, console.Out, diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static bool Valid(SensitivityOptions options, decimal? varyWeights, string format, string? outPath, DiagnosticBag diagnostics)
    {
        SourceLocation? at = null;
        var before = diagnostics.Count(d => d.IsError);
        if (options.Samples is < SensitivityAnalysis.MinimumSamples or > MaxSamples)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--samples", options.Samples, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_SamplesRange), SensitivityAnalysis.MinimumSamples, MaxSamples));
        }

        if (options.Top < 1)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--top", options.Top, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_RankAtLeast1)));
        }

        if (options.Threads < 0)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--threads", options.Threads, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_Threads)));
        }

        if (varyWeights is { } percent && percent is < 0m or >= 100m)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--vary-weights", percent, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_Percentage)));
        }

        if (format == "xlsx" && !WorkbookOutput.IsRequested(outPath))
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--format xlsx", outPath is null ? DiagnosticTexts.Phrase(nameof(DiagnosticText.WithoutOut)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.WithOut), outPath), DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_XlsxOut)));
        }

        return diagnostics.Count(d => d.IsError) == before;
    }
}
