using System.Globalization;
using DtiRules.Analysis.Attribution;
using DtiRules.Cli.Resources;
using DtiRules.Scoring;
using DtiRules.Language.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>
/// Writes a plan: its steps as text or JSON, and the plan itself as a scenario file
/// (<c>unit,field,value</c>, one row per input changed) that <c>dti whatif --scenario</c> applies.
/// </summary>
internal static class PlanOutput
{
    /// <summary>The plan as one JSON document: the target, the rank and index before and after, and each step.</summary>
    public static void WriteJson(Plan plan, TextWriter writer)
    {
        var document = new JObject
        {
            ["unit"] = plan.Unit.Name,
            ["code"] = plan.Unit.Code,
            ["targetRank"] = plan.TargetRank,
            ["realism"] = Planner.Name(plan.Realism),
            ["reached"] = plan.Reached,
            ["rankBefore"] = plan.RankBefore is { } rb ? new JValue(rb) : JValue.CreateNull(),
            ["rankAfter"] = plan.RankAfter is { } ra ? new JValue(ra) : JValue.CreateNull(),
            ["valueBefore"] = plan.ValueBefore is { } vb ? new JValue(ResultNumbers.Normalize(vb)) : JValue.CreateNull(),
            ["valueAfter"] = plan.ValueAfter is { } va ? new JValue(ResultNumbers.Normalize(va)) : JValue.CreateNull(),
            ["steps"] = new JArray(plan.Steps.Select(s => new JObject
            {
                ["input"] = s.Input.Name,
                ["label"] = s.Input.Label,
                ["from"] = s.From is { } f ? new JValue(ResultNumbers.Normalize(f)) : JValue.CreateNull(),
                ["to"] = new JValue(ResultNumbers.Normalize(s.To)),
                ["cap"] = new JValue(ResultNumbers.Normalize(s.Cap)),
                ["pointsGained"] = new JValue(ResultNumbers.Normalize(ResultNumbers.RoundPoints(s.PointsGained))),
                ["rankAfter"] = s.RankAfter is { } r ? new JValue(r) : JValue.CreateNull(),
            })),
        };
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    /// <summary>The plan as text for people: whether it reaches the rank, then a table of its steps.</summary>
    public static void WriteText(Plan plan, int digits, TextWriter writer)
    {
        var realism = Planner.Name(plan.Realism);
        writer.WriteLine(plan.Reached
            ? Texts.Gaps.Format(nameof(GapsText.PlanReaches), plan.Unit.Name, plan.TargetRank, realism, ResultNumbers.Rank(plan.RankBefore), ResultNumbers.Rank(plan.RankAfter), DisplayNumbers.Value(plan.ValueBefore, digits), DisplayNumbers.Value(plan.ValueAfter, digits))
            : Texts.Gaps.Format(nameof(GapsText.PlanFallsShort), plan.Unit.Name, plan.TargetRank, realism, ResultNumbers.Rank(plan.RankAfter), DisplayNumbers.Value(plan.ValueAfter, digits)));
        var grid = new TextGrid(
            [.. new[] { nameof(GapsText.StepHeader), nameof(GapsText.InputHeader), nameof(GapsText.LabelHeader), nameof(GapsText.FromHeader), nameof(GapsText.ToHeader), nameof(GapsText.CapHeader), nameof(GapsText.PointsGainedHeader), nameof(GapsText.RankAfterHeader) }.Select(key => Texts.Gaps.Get(key))],
            [.. plan.Steps.Select((s, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), s.Input.Name, s.Input.Label,
                s.From is { } from ? Shown(Planner.ValueText(s.Input, from)) : Texts.Gaps.Get(nameof(GapsText.NoValue)), Shown(Planner.ValueText(s.Input, s.To)), Shown(Planner.ValueText(s.Input, s.Cap)),
                DisplayNumbers.Change(ResultNumbers.RoundPoints(s.PointsGained), 4), ResultNumbers.Rank(s.RankAfter),
            ])],
            textColumns: 3);
        GridTableWriter.Write(Texts.Gaps.Get(nameof(GapsText.PlanTableTitle)), grid, [], writer);
    }

    /// <summary>A value the plan writes (a number, a level's member, yes or no) with the decimal mark people read.</summary>
    private static string Shown(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? DisplayNumbers.Number(number, "0.############################")
            : value;

    /// <summary>The plan as a scenario: <c>unit,field,value</c>, one row per input changed, with a comment naming the target.</summary>
    public static void WriteScenario(Plan plan, string path, DiagnosticBag diagnostics, TextWriter standardOutput)
    {
        var rows = plan.Steps.Select(s => (IReadOnlyList<string>)[plan.Unit.Name, s.Input.Name, Planner.ValueText(s.Input, s.To)]).ToList();
        ResultOutput.Write(path, standardOutput, writer =>
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Plan for {plan.Unit.Name} to reach rank {plan.TargetRank} (realism {Planner.Name(plan.Realism)}){(plan.Reached ? string.Empty : ": does not reach it")}; apply it with dti whatif RULESET --data DATA --scenario FILE."));
            GridCsvWriter.Write(new TextGrid(["unit", "field", "value"], rows, textColumns: 3), writer);
        }, diagnostics);
    }
}
