using DtiRules.Language.Binding;
using DtiRules.Scoring;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace DtiRules.Data.Reports;

/// <summary>
/// Writes a scoring result as JSON: the ruleset's header, then every unit with every node, output,
/// rank and flag; a unit with a parent also has <c>parent</c> (code and name) and <c>rank_in_parent</c>,
/// every unit has its <c>kind</c> when the units' kinds differ, and its <c>notes</c> (by note id, as
/// written) when the data carried declared notes.
/// </summary>
public static class JsonResultWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>, indented, '\n' line ends.</summary>
    public static void Write(ScoringResult result, TextWriter writer)
    {
        var parentRanks = ParentRanks.Apply(result) ? ParentRanks.Of(result) : null;
        var showKind = result.Units.Select(u => u.Kind).Distinct(StringComparer.Ordinal).Count() > 1;
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };

        // Unit by unit, so a large result is never held as one document.
        json.WriteStartObject();
        json.WritePropertyName("ruleset");
        Header(result.Ruleset).WriteTo(json);
        json.WritePropertyName("coverage");
        new JObject
        {
            ["share"] = ResultNumbers.Normalize(Math.Round(result.Coverage.Share, 4, MidpointRounding.AwayFromZero)),
            ["policyNodes"] = new JArray(result.Coverage.PolicyNodes.Select(p => new JObject { ["node"] = p.Node.Name, ["units"] = p.Units })),
        }.WriteTo(json);
        json.WritePropertyName("units");
        json.WriteStartArray();
        foreach (var unit in result.UnitsByRank())
        {
            Unit(result, unit, parentRanks, showKind).WriteTo(json);
        }

        json.WriteEndArray();
        json.WritePropertyName("diagnostics");
        new JArray(result.Diagnostics.Select(DiagnosticJson.ToJson)).WriteTo(json);
        json.WriteEndObject();
        json.Flush();
        writer.Write('\n');
    }

    private static JObject Header(BoundRuleset ruleset) => new()
    {
        ["id"] = ruleset.Header.Id,
        ["edition"] = ruleset.Header.Edition,
        ["title"] = ruleset.Header.Title,
        ["basis"] = ruleset.Header.Basis,
        ["scale"] = ResultNumbers.Normalize(ruleset.Header.Scale),
        ["round"] = ruleset.Header.Rounding,
    };

    private static JObject Unit(ScoringResult result, int unit, IReadOnlyList<int?>? parentRanks, bool showKind)
    {
        var ruleset = result.Ruleset;
        var outputs = new JObject();
        foreach (var output in ruleset.Outputs)
        {
            outputs[output.Name] = Number(result.OutputValue(output, unit));
        }

        var ranks = new JObject();
        foreach (var output in ruleset.RankedOutputs)
        {
            ranks[output.Name] = result.Rank(output, unit) is { } rank ? new JValue(rank) : JValue.CreateNull();
        }

        var nodes = new JObject();
        foreach (var node in ruleset.Nodes)
        {
            var cell = new JObject
            {
                ["value"] = Number(result.NodeValue(node, unit)),
                ["points"] = Number(result.Points(node, unit) is { } p ? ResultNumbers.RoundPoints(p) : null),
            };
            var flags = CellFlagNames.Of(result.NodeFlags(node, unit));
            if (flags.Count > 0)
            {
                cell["flags"] = new JArray(flags);
            }

            nodes[node.Name] = cell;
        }

        var inputFlags = new JObject();
        foreach (var input in ruleset.Inputs.Where(i => result.InputFlags(i, unit) != CellFlags.None))
        {
            inputFlags[input.Name] = new JArray(CellFlagNames.Of(result.InputFlags(input, unit)));
        }

        var identity = result.Units[unit];
        var json = new JObject
        {
            ["rank"] = ruleset.Index is { } index && result.Rank(index, unit) is { } r ? new JValue(r) : JValue.CreateNull(),
            ["unit"] = identity.Name,
            ["code"] = identity.Code,
        };
        if (showKind)
        {
            json["kind"] = identity.Kind;
        }

        if (parentRanks is not null && identity.Parent is { } parent)
        {
            json["parent"] = new JObject { ["code"] = parent.Code, ["name"] = parent.Name };
            json["rank_in_parent"] = parentRanks[unit] is { } inParent ? new JValue(inParent) : JValue.CreateNull();
        }

        json.Merge(new JObject
        {
            ["coverage"] = Number(Math.Round(result.Coverage.PerUnit[unit], 4, MidpointRounding.AwayFromZero)),
            ["outputs"] = outputs,
            ["ranks"] = ranks,
            ["nodes"] = nodes,
            ["inputFlags"] = inputFlags,
        });
        var notes = ResultNotes.Of(result);
        if (notes.Count > 0)
        {
            json["notes"] = new JObject(notes.Select(n => new JProperty(n.Note.Name, n.Texts[unit])));
        }

        return json;
    }

    private static JToken Number(decimal? value) => value is { } v ? new JValue(ResultNumbers.Normalize(v)) : JValue.CreateNull();
}
