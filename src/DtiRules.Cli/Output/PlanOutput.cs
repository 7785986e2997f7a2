using System.Globalization;
using DtiRules.Analysis.Attribution;
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
            ? $"Plan for {plan.Unit.Name} to reach rank {plan.TargetRank} (realism {realism}: no input past its range or the {realism} of all units): rank {ResultNumbers.Rank(plan.RankBefore)} → {ResultNumbers.Rank(plan.RankAfter)}, index {ResultNumbers.Value(plan.ValueBefore, digits)} → {ResultNumbers.Value(plan.ValueAfter, digits)}."
            : $"{plan.Unit.Name} cannot reach rank {plan.TargetRank} with realism {realism}: with every change below it gets to rank {ResultNumbers.Rank(plan.RankAfter)} (index {ResultNumbers.Value(plan.ValueAfter, digits)}). Try --realism with a higher level or a lower --target-rank.");
        var grid = new TextGrid(
            ["step", "input", "label", "from", "to", "cap", "points_gained", "rank_after"],
            [.. plan.Steps.Select((s, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), s.Input.Name, s.Input.Label,
                s.From is { } from ? Planner.ValueText(s.Input, from) : "(none)", Planner.ValueText(s.Input, s.To), Planner.ValueText(s.Input, s.Cap),
                ResultNumbers.Change(ResultNumbers.RoundPoints(s.PointsGained), 4), ResultNumbers.Rank(s.RankAfter),
            ])],
            TextColumns: 3);
        GridTableWriter.Write("Input changes, cheapest first (points gained per share of the input's range); every unit rescored after each", grid, [], writer);
    }

    /// <summary>The plan as a scenario: <c>unit,field,value</c>, one row per input changed, with a comment naming the target.</summary>
    public static void WriteScenario(Plan plan, string path, DiagnosticBag diagnostics, TextWriter standardOutput)
    {
        var rows = plan.Steps.Select(s => (IReadOnlyList<string>)[plan.Unit.Name, s.Input.Name, Planner.ValueText(s.Input, s.To)]).ToList();
        ResultOutput.Write(path, standardOutput, writer =>
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Plan for {plan.Unit.Name} to reach rank {plan.TargetRank} (realism {Planner.Name(plan.Realism)}){(plan.Reached ? string.Empty : ": does not reach it")}; apply it with dti whatif RULESET --data DATA --scenario FILE."));
            GridCsvWriter.Write(new TextGrid(["unit", "field", "value"], rows, TextColumns: 3), writer);
        }, diagnostics);
    }
}
