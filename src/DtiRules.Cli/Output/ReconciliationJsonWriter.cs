using DtiRules.Analysis.Reconciliation;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>A reconciliation as JSON for tools, with the same numbers as the table and CSV.</summary>
internal static class ReconciliationJsonWriter
{
    public static void Write(Reconciliation reconciliation, TextWriter writer)
    {
        var document = new JObject
        {
            ["rounds"] = new JArray(reconciliation.RoundIds),
            ["noteHeaders"] = new JArray(reconciliation.NoteHeaders),
            ["units"] = new JArray(reconciliation.Units.Select(u => Unit(u, reconciliation.NoteHeaders))),
            ["unitsByGap"] = new JArray(reconciliation.UnitsByGap.Select(u => u.Unit.Name)),
        };
        JsonDocuments.Write(document, writer);
    }

    private static JObject Unit(UnitReconciliation unit, IReadOnlyList<string> headers) => new()
    {
        ["unit"] = new JObject { ["code"] = unit.Unit.Code, ["name"] = unit.Unit.Name },
        ["values"] = new JArray(unit.Values.Select(JsonDocuments.Number)),
        ["ranks"] = new JArray(unit.Ranks.Select(r => r is { } rank ? new JValue(rank) : JValue.CreateNull())),
        ["rankShift"] = unit.RankEffect is { } shift ? new JValue(shift) : JValue.CreateNull(),
        ["criteriaDiffering"] = unit.CriteriaDiffering,
        ["criteriaMissing"] = unit.CriteriaMissing,
        ["pointsLost"] = JsonDocuments.Points(unit.PointsLost),
        ["pointsGained"] = JsonDocuments.Points(unit.PointsGained),
        ["summary"] = unit.Summary,
        ["index"] = Row(unit.Index, headers),
        ["groups"] = new JArray(unit.Groups.Select(g => Row(g, headers))),
        ["criteria"] = new JArray(unit.Criteria.Select(c => Row(c, headers))),
    };

    private static JObject Row(ReconciliationRow row, IReadOnlyList<string> headers) => new()
    {
        ["id"] = row.Id,
        ["code"] = row.Code,
        ["label"] = row.Label,
        ["max"] = JsonDocuments.Number(row.Max),
        ["points"] = new JArray(row.Points.Select(JsonDocuments.Points)),
        ["difference"] = JsonDocuments.Points(row.Difference),
        ["valueEffect"] = JsonDocuments.Number(row.ValueEffect is { } effect ? Math.Round(effect, 6, MidpointRounding.AwayFromZero) : null),
        ["notes"] = new JObject(headers.Select((h, i) => new JProperty(h, row.Notes[i]))),
    };
}
