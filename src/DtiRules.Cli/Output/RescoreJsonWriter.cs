using DtiRules.Analysis.Editions;
using DtiRules.Data.Reports;
using DtiRules.Scoring;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace DtiRules.Cli.Output;

/// <summary>Writes a rescore matrix as JSON: the editions, every unit's value, rank and shifts, and the notes.</summary>
internal static class RescoreJsonWriter
{
    public static void Write(RescoreMatrix matrix, TextWriter writer)
    {
        var editions = new JArray(matrix.Editions.Select(e => new JObject
        {
            ["label"] = e.Label,
            ["file"] = e.Path,
            ["id"] = e.Result.Ruleset.Header.Id,
            ["edition"] = e.Result.Ruleset.Header.Edition,
            ["title"] = e.Result.Ruleset.Header.Title,
            ["basis"] = e.Result.Ruleset.Header.Basis,
            ["index"] = e.Result.Ruleset.Index?.Name,
            ["coverage"] = ResultNumbers.Normalize(e.Coverage.Share),
        }));
        var units = new JArray(matrix.Rows.Select(row =>
        {
            var byEdition = new JObject();
            for (var e = 0; e < matrix.Editions.Count; e++)
            {
                byEdition[matrix.Editions[e].Label] = new JObject
                {
                    ["value"] = row.Values[e] is { } value ? new JValue(ResultNumbers.Normalize(value)) : JValue.CreateNull(),
                    ["rank"] = row.Ranks[e] is { } rank ? new JValue(rank) : JValue.CreateNull(),
                };
            }

            var shifts = new JObject();
            for (var s = 0; s < matrix.ShiftLabels.Count; s++)
            {
                shifts[matrix.ShiftLabels[s]] = row.Shifts[s] is { } shift ? new JValue(shift) : JValue.CreateNull();
            }

            return new JObject { ["unit"] = row.Unit.Name, ["code"] = row.Unit.Code, ["editions"] = byEdition, ["shifts"] = shifts };
        }));
        var document = new JObject { ["editions"] = editions, ["units"] = units, ["notes"] = new JArray(matrix.Notes) };
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }
}
