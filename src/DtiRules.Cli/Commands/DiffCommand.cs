using System.CommandLine;
using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Diff;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Output;
using DtiRules.Cli.Resources;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Data.Reports;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli.Commands;

/// <summary>
/// <c>dti diff RULESET_A RULESET_B [--data FILE]</c>: what changed in the methodology from A to B
/// and, with data, what the change does to every unit's index value and rank.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("ruleset-a") { Description = Texts.Help.Get(nameof(HelpText.DiffFromDescription)) };
        var to = new Argument<string>("ruleset-b") { Description = Texts.Help.Get(nameof(HelpText.DiffToDescription)) };
        var data = new Option<string?>("--data")
        {
            Description = Texts.Help.Get(nameof(HelpText.DiffDataDescription)),
        };
        var format = OutputFormats.Option<DiffDocument>("table");
        format.Description = Texts.Help.Get(nameof(HelpText.DiffFormatDescription));
        var output = Options.OutFile();
        var effectOut = new Option<string?>("--effect-out")
        {
            Description = Texts.Help.Get(nameof(HelpText.DiffEffectOutDescription)),
        };
        var byChange = new Option<bool>("--by-change")
        {
            Description = Texts.Help.Get(nameof(HelpText.DiffByChangeDescription)),
        };
        var units = Options.Units();
        var engine = Options.Engine();
        var timings = Options.Timings();
        var command = new Command(
            "diff",
            Texts.Help.Get(nameof(HelpText.DiffDescription)))
        {
            from, to, data, byChange, format, output, effectOut, units, engine, timings,
        };
        Options.RefuseInputsAsOutputs(command, [output, effectOut], [from, to, data, units]);
        command.Validators.Add(result =>
        {
            var hasData = WrittenOption.IsGiven(result, data);
            var hasEffectOut = WrittenOption.IsGiven(result, effectOut);
            if (result.GetValue(byChange) && !hasData)
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.DiffByChangeNeedsData)));
            }
            else if (hasEffectOut && !hasData)
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.DiffEffectOutNeedsData)));
            }
            else if (hasData && !hasEffectOut && WrittenOption.Text(result, format) == "csv" && !result.GetValue(byChange))
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.DiffCsvNeedsEffectOut)));
            }
        });
        command.SetAction(result =>
        {
            using var stages = StageTimings.Start(result.GetValue(timings), console.Error);
            var diagnostics = new DiagnosticBag();
            var (old, @new) = CheckBoth(result.GetValue(from)!, result.GetValue(to)!);
            diagnostics.AddRange(old.Diagnostics);
            diagnostics.AddRange(@new.Diagnostics);
            if (old.HasErrors || @new.HasErrors)
            {
                return console.Finish(diagnostics);
            }

            var diff = MethodologyComparer.Compare(old.Ruleset, @new.Ruleset);
            MethodologyEffect? effect = null;
            IReadOnlyList<string> notes = [];
            if (result.GetValue(data) is { Length: > 0 } dataPath)
            {
                var scorers = ScorerFactory.For(result.GetValue(engine)!, diagnostics);
                effect = ScoreBoth(old.Ruleset, @new.Ruleset, dataPath, result.GetValue(units), scorers, diagnostics, out notes);
                if (effect is null)
                {
                    return console.Finish(diagnostics);
                }

                if (result.GetValue(byChange))
                {
                    var lists = new UnitListLoader(result.GetValue(units));
                    var (unitsA, unitsB) = (lists.For(old.Ruleset.Header, new DiagnosticBag())!, lists.For(@new.Ruleset.Header, new DiagnosticBag())!);
                    ByChange.Write(
                        old.Ruleset, @new.Ruleset, result.GetValue(to)!, [dataPath], unitsA, unitsB, SplitOrder.Shapley,
                        Phrase.Of(Texts.Compare, nameof(CompareText.DiffByChangeTitle), result.GetValue(from), result.GetValue(to), dataPath), scorers, result.GetValue(format)!, result.GetValue(output), console, diagnostics);
                    return console.Finish(diagnostics);
                }
            }

            if (WorkbookOutput.IsRequested(result.GetValue(output)))
            {
                WorkbookOutput.Write(result.GetValue(output)!, diagnostics, [.. DiffSheets(diff, effect, notes)]);
            }
            else
            {
                ResultOutput.Write(result.GetValue(output), console.Out, writer => OutputFormats.Write(result.GetValue(format)!, new DiffDocument(diff, effect, notes), writer, console.Error), diagnostics);
            }

            if (effect is not null && result.GetValue(effectOut) is { Length: > 0 } effectPath)
            {
                ResultOutput.Write(effectPath, console.Out, writer => MethodologyDiffCsvWriter.WriteEffect(effect, writer), diagnostics);
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    private static (RulesetCompilation Old, RulesetCompilation New) CheckBoth(string from, string to)
    {
        using var timing = StageTimings.Measure(Stage.Bind);
        return (RulesetCompilation.FromFile(from), RulesetCompilation.FromFile(to));
    }

    /// <summary>Reads the data once and scores it under both editions; each problem is reported once even when both editions find it.</summary>
    private static MethodologyEffect? ScoreBoth(
        BoundRuleset from, BoundRuleset to, string dataPath, string? unitsOption, IScorerFactory scorers, DiagnosticBag diagnostics, out IReadOnlyList<string> notes)
    {
        notes = [];
        if (ScoringPlan.Prepare(dataPath, unitsOption, change: null, diagnostics) is not { } plan)
        {
            return null;
        }

        notes = plan.Notes;
        var scratch = new DiagnosticBag();
        var old = plan.Score(from, UnknownFields.Ignore, scratch, scorers);
        var @new = plan.Score(to, UnknownFields.Ignore, scratch, scorers);
        diagnostics.AddRange(scratch.Distinct().Where(d => !diagnostics.Contains(d)).ToList());
        return old is null || @new is null ? null : MethodologyEffect.Between(old.Result, @new.Result);
    }

    /// <summary>The workbook of a diff: the changes, the effect on the units when data was scored, and the notes.</summary>
    private static IEnumerable<WorkbookSheet> DiffSheets(MethodologyDiff diff, MethodologyEffect? effect, IReadOnlyList<string> notes)
    {
        var changes = new TextGrid(MethodologyDiffCsvWriter.ChangeColumns, MethodologyDiffCsvWriter.ChangeRows(diff), MethodologyDiffCsvWriter.ChangeColumns.Count)
        {
            Words = new Dictionary<int, IReadOnlyList<Phrase>> { [MethodologyDiffCsvWriter.ChangeColumns.ToList().IndexOf("kind")] = [.. diff.Changes.Select(c => MethodologyDiffTableWriter.KindWords(c.Kind))] },
        };
        yield return WorkbookOutput.Sheet("changes", changes);
        if (effect is not null)
        {
            yield return WorkbookVocabulary.Translate(WorkbookSheet.FromText("effect", MethodologyDiffCsvWriter.EffectColumns, MethodologyDiffCsvWriter.EffectRows(effect), 0, new HashSet<string>(["unit", "code"], StringComparer.Ordinal)));
        }

        yield return WorkbookOutput.Notes([$"A = {diff.From.Id} {diff.From.Edition} ({diff.From.Basis}), B = {diff.To.Id} {diff.To.Edition} ({diff.To.Basis})", .. notes]);
    }
}
