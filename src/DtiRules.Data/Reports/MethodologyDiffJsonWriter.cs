using DtiRules.Analysis.Diff;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace DtiRules.Data.Reports;

/// <summary>
/// Writes a methodology diff as one JSON document: both editions' headers, every change and, when
/// data was scored, the effect on every unit (<c>null</c> otherwise).
/// </summary>
public static class MethodologyDiffJsonWriter
{
    /// <summary>Writes <paramref name="diff"/> and <paramref name="effect"/> to <paramref name="writer"/>, indented, '\n' line ends.</summary>
    public static void Write(MethodologyDiff diff, MethodologyEffect? effect, TextWriter writer)
    {
        var document = new JObject
        {
            ["from"] = Header(diff.From),
            ["to"] = Header(diff.To),
            ["changes"] = new JArray(diff.Changes.Select(c => new JObject
            {
                ["kind"] = c.KindName,
                ["id"] = c.Id,
                ["path"] = c.Path,
                ["old"] = c.OldValue,
                ["new"] = c.NewValue,
                ["description"] = c.Description,
            })),
            ["effect"] = effect is null ? JValue.CreateNull() : Effect(effect),
        };
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    private static JObject Header(RulesetHeader header) => new()
    {
        ["id"] = header.Id,
        ["edition"] = header.Edition,
        ["title"] = header.Title,
        ["basis"] = header.Basis,
    };

    private static JObject Effect(MethodologyEffect effect) => new()
    {
        ["oldIndex"] = effect.OldIndex,
        ["newIndex"] = effect.NewIndex,
        ["units"] = new JArray(effect.Units.Select(u => new JObject
        {
            ["unit"] = u.Unit,
            ["code"] = u.Code,
            ["oldValue"] = Number(u.OldValue),
            ["oldRank"] = Number(u.OldRank),
            ["newValue"] = Number(u.NewValue),
            ["newRank"] = Number(u.NewRank),
            ["valueChange"] = Number(u.ValueChange),
            ["rankChange"] = Number(u.RankChange),
        })),
    };

    private static JToken Number(decimal? value) => value is { } v ? new JValue(ResultNumbers.Normalize(v)) : JValue.CreateNull();

    private static JToken Number(int? value) => value is { } v ? new JValue(v) : JValue.CreateNull();
}
