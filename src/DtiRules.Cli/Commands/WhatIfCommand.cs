using System.CommandLine;
using DtiRules.Analysis.Attribution;
using DtiRules.Cli.Output;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Scenarios;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti whatif RULESET --data FILE --set "UNIT: field=value, …" [--scenario FILE]</c>: the data
/// with some values changed, every unit rescored; each set unit's new value, rank and node changes.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleset = new Argument<string>("ruleset") { Description = "The ruleset file (.dti)." };
        var data = Options.Data();
        var set = new Option<string[]>("--set")
        {
            Description = "Values to set: \"UNIT: field=value, field=value\"; repeat for more units.",
            AllowMultipleArgumentsPerToken = false,
        };
        var scenario = new Option<string?>("--scenario") { Description = "A file of values to set, with the columns unit,field,value (a plan written by gaps --plan is one)." };
        var format = Options.ResultFormat();
        var output = Options.OutFile();
        var units = Options.Units();
        var timings = Options.Timings();
        var command = new Command(
            "whatif",
            "Score the data with some values changed: each unit set gets its new index value, rank and every node's change; every unit is rescored, so cohort functions (best in class, ranks) move others too.")
        {
            ruleset, data, set, scenario, format, output, units, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output], [ruleset, data, scenario, units]);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(set) ?? []).Length == 0 && string.IsNullOrEmpty(result.GetValue(scenario)))
            {
                result.AddError("Give the values to change with --set \"UNIT: field=value\" or --scenario FILE.");
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            if (EditionScorer.Compile(result.GetValue(ruleset)!, diagnostics) is not { } bound
                || new UnitListLoader(result.GetValue(units)).For(bound.Header, diagnostics) is not { } list
                || DatasetReader.Read(result.GetValue(data)!, diagnostics) is not { } raw)
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

            ScoringOutcome(bound, raw, list, settings, diagnostics, out var outcome);
            if (outcome is not null)
            {
                WhatIfOutput.Write(outcome, raw.Notes, result.GetValue(format)!, result.GetValue(output), console, diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static void ScoringOutcome(
        Language.Binding.BoundRuleset ruleset, RawDataset raw, UnitList units, IReadOnlyList<DataSetting> settings, DiagnosticBag diagnostics, out WhatIfOutcome? outcome)
    {
        outcome = null;
        using var timing = StageTimings.Measure(Stage.Score);
        // The data is bound twice; its own warnings are reported once, from the second binding.
        var first = new DiagnosticBag();
        if (WhatIf.Score(ruleset, raw, units, first, UnknownFields.Error) is not { } before)
        {
            diagnostics.AddRange(first);
            return;
        }

        if (WhatIf.Apply(raw, settings, ruleset, units, diagnostics) is not { } changed
            || WhatIf.Score(ruleset, changed, units, diagnostics, UnknownFields.Error) is not { } after)
        {
            return;
        }

        var codes = settings.Select(s => units.TryResolve(s.Unit, out var unit) ? unit.Code : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        outcome = WhatIfOutcome.Compare(before, after, codes);
    }
}
