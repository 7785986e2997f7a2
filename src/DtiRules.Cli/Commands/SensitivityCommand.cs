using System.CommandLine;
using DtiRules.Analysis.Sensitivity;
using DtiRules.Cli.Output;
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
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var data = Options.Data();
        var samples = new Option<int>("--samples") { Description = "N: samples of the factors (default 1000); with --indices the run takes N·(factors + 2) scorings.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "The seed every draw derives from (default 1); the same seed gives the same output on any number of threads.", DefaultValueFactory = _ => 1UL };
        var top = new Option<int>("--top") { Description = "K: p_top is the share of samples that rank a unit K or better (default 10).", DefaultValueFactory = _ => 10 };
        var indices = new Option<bool>("--indices") { Description = "Also estimate each factor's first-order and total sensitivity index (Saltelli/Jansen) with 95% bootstrap intervals." };
        var indicesOf = new Option<string>("--indices-of") { Description = "What the indices apportion: rank-shift (the mean absolute change of rank, default) or value (the mean index value).", DefaultValueFactory = _ => "rank-shift" };
        indicesOf.AcceptOnlyFromAmong("rank-shift", "value");
        var varyWeights = new Option<decimal?>("--vary-weights") { Description = "Vary every main index's weight by ±P% (the main indices rescaled to keep the scale) instead of the ruleset's uncertainty block." };
        var threads = new Option<int>("--threads") { Description = "Runs at once (default: every core); the output does not depend on it.", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = "table (for people), csv, json, or xlsx (with --out).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command("sensitivity", "How firm each rank is: rank and value intervals, p_top and stability under the declared uncertainty, and optionally which factors matter.")
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
            var runs = (long)options.Samples * (options.Indices ? factors.Count + 2 : 1);
            var scorers = ScorerFactory.For(result.GetValue(engine)!, diagnostics);
            SensitivityResult? analysis;
            using (StageTimings.Measure(Stage.Score))
            {
                analysis = SensitivityAnalysis.Run(
                    bound, scoringData, factors, options, rulesets => scorers.CreateMany(rulesets, runs * scoringData.Units.Count), diagnostics);
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
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--samples", options.Samples, $"a whole number from {SensitivityAnalysis.MinimumSamples} to {MaxSamples:N0}");
        }

        if (options.Top < 1)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--top", options.Top, "a rank of 1 or more");
        }

        if (options.Threads < 0)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--threads", options.Threads, "0 (every core) or more");
        }

        if (varyWeights is { } percent && percent is < 0m or >= 100m)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--vary-weights", percent, "a percentage from 0 to below 100");
        }

        if (format == "xlsx" && !WorkbookOutput.IsRequested(outPath))
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, at, "--format xlsx", outPath is null ? "without --out" : $"with --out {outPath}", "--out with a file name ending in .xlsx");
        }

        return diagnostics.Count(d => d.IsError) == before;
    }
}
