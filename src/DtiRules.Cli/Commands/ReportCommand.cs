using System.CommandLine;
using System.Globalization;
using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Diff;
using DtiRules.Analysis.Editions;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports.Html;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Scoring;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti report RULESET --data FILE [--rulesets R1 R2 ...] --out report.html</c>: one self-contained
/// HTML file with the ranking, each unit's profile and explain tree, and with a series of editions
/// the ranks across them and the methodology changes between consecutive ones.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.ReportRulesetDescription)) };
        var data = Options.Data();
        var rulesets = new Option<string[]>("--rulesets")
        {
            Description = Texts.Help.Get(nameof(HelpText.ReportRulesetsDescription)),
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = Texts.Help.Get(nameof(HelpText.ReportOutDescription)), Required = true };
        var unit = new Option<string?>("--unit")
        {
            Description = Texts.Help.Get(nameof(HelpText.ReportWaterfallDescription)),
        };
        var units = Options.Units();
        var engine = Options.Engine();
        var sensitivity = new Option<int?>("--sensitivity")
        {
            Description = Texts.Help.Format(nameof(HelpText.ReportSensitivityDescription), SensitivityReport.DefaultSamples),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var timings = Options.Timings();
        var rounds = new Option<string?>("--rounds")
        {
            Description = Texts.Help.Get(nameof(HelpText.ReportRoundsDescription)),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("report", Texts.Help.Get(nameof(HelpText.ReportDescription)))
        {
            ruleset, data, rulesets, unit, output, units, engine, sensitivity, timings, rounds,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, rulesets, units]);
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var series = result.GetValue(rulesets) ?? [];
            int? samples = result.GetResult(sensitivity) is null ? null : result.GetValue(sensitivity) ?? SensitivityReport.DefaultSamples;
            var input = TerminalProgress.Run(console, Texts.Output.Get(nameof(OutputText.WritingReport)), 3 + (2 * series.Length) + (samples is null ? 0 : 1), progress =>
                Build(
                    new ReportRequest(
                        result.GetValue(ruleset)!, result.GetValue(data)!, result.GetValue(units), series, result.GetValue(unit),
                        result.GetResult(rounds) is null ? null : result.GetValue(rounds) ?? string.Empty, samples),
                    ScorerFactory.For(result.GetValue(engine)!, diagnostics),
                    diagnostics,
                    progress));
            if (input is not null)
            {
                ResultOutput.Write(result.GetValue(output), console.Out, writer => HtmlReportWriter.Write(input, writer), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static HtmlReportInput? Build(ReportRequest request, ScorerFactory scorers, DiagnosticBag diagnostics, TerminalProgress progress)
    {
        var (rulesetPath, dataPath, units, series, unitName, rounds, samples) = request;
        progress.Begin(Texts.Output.Format(nameof(OutputText.Checking), rulesetPath));
        var bound = EditionScorer.Compile(rulesetPath, diagnostics);
        var editions = series.Select(p => EditionScorer.Compile(p, diagnostics)).ToList();
        progress.Begin(Texts.Output.Format(nameof(OutputText.Reading), dataPath));
        var lists = new UnitListLoader(units);
        var compared = rounds is null || bound is null
            ? null
            : RoundComparison.Run(bound, dataPath, null, null, CriteriaColumnOptions.None, rounds.Length == 0 ? null : rounds, lists, scorers, diagnostics);
        var plan = rounds is null
            ? ScoringPlan.Prepare(dataPath, units, null, diagnostics)
            : compared is var (read, _, second) ? ScoringPlan.FromDataset(read.Datasets[second], lists, null) : null;
        if (bound is null || plan is null || editions.Any(e => e is null))
        {
            return null;
        }

        progress.Begin(Texts.Output.Format(nameof(OutputText.ScoringWith), rulesetPath));
        if (plan.Score(bound, UnknownFields.Error, diagnostics, scorers) is not { } main)
        {
            return null;
        }

        var scored = new List<ScoredEdition>();
        for (var i = 0; i < series.Length; i++)
        {
            progress.Begin(Texts.Output.Format(nameof(OutputText.RescoringWith), series[i]));

            // The same data under another edition: fields it does not read are one note, not errors.
            if (plan.Score(editions[i]!, UnknownFields.Ignore, diagnostics, scorers) is not { } scores)
            {
                return null;
            }

            scored.Add(scores.Of(series[i]));
        }

        var labelled = scored.Count == 0 ? [] : RescoreMatrix.Build(scored, plan.Notes).Editions.Select(e => new ReportEdition(e.Label, e.Result)).ToList();
        var diffs = new List<ReportDiff>();
        for (var i = 1; i < labelled.Count; i++)
        {
            progress.Begin(Texts.Output.Format(nameof(OutputText.Comparing), labelled[i - 1].Label, labelled[i].Label));
            var (from, to) = (labelled[i - 1].Result, labelled[i].Result);
            var waterfall = unitName is null ? null : Waterfall(from, to, series[i], dataPath, plan, unitName, scorers, diagnostics);
            diffs.Add(new ReportDiff(labelled[i - 1].Label, labelled[i].Label, MethodologyComparer.Compare(from.Ruleset, to.Ruleset), MethodologyEffect.Between(from, to), waterfall));
        }

        ReportSensitivity? sensitivity = null;
        if (samples is { } n)
        {
            progress.Begin(Texts.Output.Format(nameof(OutputText.Sampling), n, rulesetPath));
            if (plan.Bound(bound) is not { } data || (sensitivity = SensitivityReport.Build(bound, data, n, scorers, diagnostics)) is null)
            {
                return null;
            }
        }

        progress.Begin(Texts.Output.Get(nameof(OutputText.WritingReport)));
        return new HtmlReportInput(main.Result, dataPath, plan.Notes, labelled, diffs) { Rounds = compared?.Reconciliation, Sensitivity = sensitivity };
    }

    /// <summary>
    /// The unit's value from <paramref name="from"/> to <paramref name="to"/> through each change the
    /// later edition writes, each edition between them scored by the engine <paramref name="scorers"/>
    /// chooses; null when it does not extend the earlier (then the diff shows no waterfall).
    /// </summary>
    private static ReportWaterfall? Waterfall(ScoringResult from, ScoringResult to, string toPath, string dataPath, ScoringPlan plan, string unitName, IScorerFactory scorers, DiagnosticBag diagnostics)
    {
        var (a, b) = (from.Ruleset, to.Ruleset);
        var scratch = new DiagnosticBag();
        if (b.BaseEdition != $"{a.Header.Id} {a.Header.Edition.ToString(CultureInfo.InvariantCulture)}"
            || plan.UnitsFor(a, scratch) is not { } unitsA || plan.UnitsFor(b, scratch) is not { } unitsB
            || DatasetReader.Read(dataPath, scratch) is not { } raw
            || ScoredUnits.Find(to, unitName, unitsB, diagnostics) is not { } u
            || a.Index is null || b.Index is null)
        {
            return null;
        }

        var locator = new FolderRulesetLocator(Path.GetDirectoryName(toPath) is { Length: > 0 } folder ? folder : ".");
        Func<BoundRuleset, ScoringData?> bind = ruleset => DatasetBinder.Bind(raw, ruleset.Schema, ruleset == a ? unitsA : unitsB, new DiagnosticBag(), UnknownFields.Ignore);
        var code = to.Units[u].Code;
        var start = Enumerable.Range(0, from.Units.Count).FirstOrDefault(x => from.Units[x].Code == code, -1);
        if (start < 0)
        {
            return null;
        }

        ChangeAttribution? attribution;
        using (StageTimings.Measure(Stage.Score))
        {
            attribution = ChangeAttribution.Build(a, b, locator, [bind], SplitOrder.Shapley, scorers, scratch);
        }

        if (attribution is null || from.OutputValue(a.Index, start) is not { } startValue || to.OutputValue(b.Index, u) is not { } endValue)
        {
            return null;
        }

        var steps = attribution.Rows.Where(r => r.Unit.Code == code && r.Contribution is not null).Select(r => (r.Change.Label, r.Contribution!.Value, r.DataMissing)).ToList();
        return new ReportWaterfall(to.Units[u].Name, startValue, endValue, steps);
    }
}
