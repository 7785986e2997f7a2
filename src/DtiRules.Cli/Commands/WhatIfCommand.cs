using System.CommandLine;
using DtiRules.Analysis.Attribution;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Scenarios;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti whatif RULESET --data FILE --set "UNIT: field=value, …" [--scenario FILE]</c>: the data
/// with some values changed, every unit rescored; each set unit's new value, rank and node changes.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = Texts.Help.Get(nameof(HelpText.RulesetArgumentDescription)) };
        var data = Options.Data();
        var set = new Option<string[]>("--set")
        {
            Description = Texts.Help.Get(nameof(HelpText.WhatIfSetDescription)),
            AllowMultipleArgumentsPerToken = false,
        };
        var scenario = new Option<string?>("--scenario") { Description = Texts.Help.Get(nameof(HelpText.WhatIfScenarioDescription)) };
        var format = OutputFormats.Option<WhatIfDocument>("table");
        var output = Options.OutFile();
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command(
            "whatif",
            Texts.Help.Get(nameof(HelpText.WhatIfDescription)))
        {
            ruleset, data, set, scenario, format, output, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, scenario, units]);
        command.Validators.Add(result =>
        {
            if (!WrittenOption.IsGiven(result, set) && !WrittenOption.IsGiven(result, scenario))
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.WhatIfNeedsValues)));
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is not { } bound
                || new UnitListLoader(result.GetValue(units)).For(bound.Header, diagnostics) is not { } list
                || Read(result.GetValue(data)!, diagnostics) is not { } raw)
            {
                return console.Finish(diagnostics);
            }

            var settings = new List<DataSetting>();
            var texts = result.GetValue(set) ?? [];
            for (var i = 0; i < texts.Length; i++)
            {
                settings.AddRange(DataSettings.Parse(texts[i], i + 1, diagnostics) ?? []);
            }

            if (result.GetValue(scenario) is { Length: > 0 } scenarioPath && DatasetReader.Read(scenarioPath, diagnostics) is { } scenarioData)
            {
                settings.AddRange(DataSettings.FromScenario(scenarioData));
            }

            if (diagnostics.HasErrors)
            {
                return console.Finish(diagnostics);
            }

            if (Outcome(bound, raw, list, settings, ScorerFactory.For(result.GetValue(engine)!, diagnostics), diagnostics) is { } outcome)
            {
                WhatIfOutput.Write(new WhatIfDocument(outcome, raw.Notes), result.GetValue(format)!, result.GetValue(output), console, diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static RawDataset? Read(string path, DiagnosticBag diagnostics)
    {
        using var timing = StageTimings.Measure(Stage.Read);
        return DatasetReader.Read(path, diagnostics);
    }

    /// <summary>Every unit scored before and after the settings, by the engine <paramref name="scorers"/> chooses; null when either scoring fails.</summary>
    private static WhatIfOutcome? Outcome(
        Language.Binding.BoundRuleset ruleset, RawDataset raw, UnitList units, IReadOnlyList<DataSetting> settings, IScorerFactory scorers, DiagnosticBag diagnostics)
    {
        // The data is bound twice; its own warnings are reported once, from the second binding.
        var first = new DiagnosticBag();
        if (EditionScorer.Score(ruleset, raw, units, first, UnknownFields.Error, scorers) is not { } before)
        {
            diagnostics.AddRange(first);
            return null;
        }

        if (WhatIf.Apply(raw, settings, ruleset, units, diagnostics) is not { } changed
            || EditionScorer.Score(ruleset, changed, units, diagnostics, UnknownFields.Error, scorers) is not { } after)
        {
            return null;
        }

        var codes = settings.Select(s => units.TryResolve(s.Unit, out var unit) ? unit.Code : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return WhatIfOutcome.Compare(before, after, codes);
    }
}
