using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Editions;
using DtiRules.Data.Reports;
using DtiRules.Scoring;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace DtiRules.Cli.Output;

/// <summary>Writes an edition comparison as JSON: the inputs, the order, every unit's change and effects, and the notes.</summary>
internal static class ComparisonJsonWriter
{
    public static void Write(EditionComparison comparison, ComparisonInputs inputs, TextWriter writer)
    {
        var document = new JObject
        {
            ["rulesets"] = new JObject { ["a"] = inputs.RulesetA, ["b"] = inputs.RulesetB },
            ["data"] = new JObject { ["old"] = inputs.OldData, ["new"] = inputs.NewData },
            ["order"] = comparison.OrderName,
            ["units"] = new JArray(comparison.Rows.Select(r => new JObject
            {
                ["unit"] = r.Unit.Name,
                ["code"] = r.Unit.Code,
                ["oldValue"] = Number(r.OldValue),
                ["newValue"] = Number(r.NewValue),
                ["oldRank"] = Rank(r.OldRank),
                ["newRank"] = Rank(r.NewRank),
                ["change"] = Number(r.Change?.Total),
                ["dataEffect"] = Number(r.Change?.DataEffect),
                ["methodologyEffect"] = Number(r.Change?.MethodologyEffect),
                ["dataFirst"] = Split(r.DataFirst),
                ["rulesFirst"] = Split(r.RulesFirst),
                ["ranks"] = new JObject
                {
                    ["aOld"] = Rank(r.Ranks.OldRulesOldData),
                    ["aNew"] = Rank(r.Ranks.OldRulesNewData),
                    ["bOld"] = Rank(r.Ranks.NewRulesOldData),
                    ["bNew"] = Rank(r.Ranks.NewRulesNewData),
                },
                ["rankChange"] = Number(r.RankChange?.Total),
                ["rankDataEffect"] = Number(r.RankChange?.DataEffect),
                ["rankMethodologyEffect"] = Number(r.RankChange?.MethodologyEffect),
                ["componentsUp"] = r.ComponentsUp,
                ["componentsDown"] = r.ComponentsDown,
            })),
            ["notes"] = new JArray(comparison.Notes),
        };
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    private static JToken Split(EffectSplit? split) =>
        split is null ? JValue.CreateNull() : new JObject { ["dataEffect"] = Number(split.DataEffect), ["methodologyEffect"] = Number(split.MethodologyEffect) };

    private static JToken Rank(int? rank) => rank is { } r ? new JValue(r) : JValue.CreateNull();

    private static JToken Number(decimal? value) => value is { } v ? new JValue(ResultNumbers.Normalize(v)) : JValue.CreateNull();
}
