using DtiRules.Analysis.Explain;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>The gap analysis as JSON for tools, with the same numbers as the text.</summary>
internal static class GapsJsonWriter
{
    public static void Write(GapAnalysis analysis, TextWriter writer)
    {
        var header = analysis.Header;
        var document = new JObject
        {
            ["ruleset"] = new JObject { ["id"] = header.Id, ["edition"] = header.Edition, ["title"] = header.Title, ["basis"] = header.Basis },
            ["unit"] = new JObject { ["code"] = analysis.Unit.Code, ["name"] = analysis.Unit.Name },
            ["units"] = analysis.Units,
            ["index"] = analysis.Index,
            ["value"] = JsonDocuments.Number(analysis.IndexValue),
            ["rank"] = analysis.Rank is { } rank ? new JValue(rank) : JValue.CreateNull(),
            ["points"] = JsonDocuments.Points(analysis.TotalPoints),
            ["scale"] = JsonDocuments.Number(header.Scale),
            ["pointsLeft"] = JsonDocuments.Points(analysis.PointsLeft),
            ["componentsAtFullPoints"] = analysis.ComponentsAtFullPoints,
            ["components"] = new JArray(analysis.Components.Select(Component)),
        };
        if (analysis.Target is { } target)
        {
            document["target"] = new JObject
            {
                ["rank"] = target.TargetRank,
                ["currentRank"] = target.CurrentRank is { } current ? new JValue(current) : JValue.CreateNull(),
                ["reached"] = target.Reached,
                ["unitAtTarget"] = target.UnitAtTarget is { } other ? new JObject { ["code"] = other.Code, ["name"] = other.Name } : JValue.CreateNull(),
                ["valueNeeded"] = JsonDocuments.Number(target.ValueNeeded),
                ["pointsNeeded"] = JsonDocuments.Points(target.PointsNeeded),
                ["gap"] = JsonDocuments.Points(target.Gap),
                ["covered"] = target.Covered,
                ["suppliers"] = new JArray(target.Suppliers.Select(s => new JObject
                {
                    ["id"] = s.Component.Id,
                    ["pointsLeft"] = JsonDocuments.Points(s.Component.PointsLeft),
                    ["cumulative"] = JsonDocuments.Points(s.Cumulative),
                })),
            };
        }

        JsonDocuments.Write(document, writer);
    }

    private static JObject Component(ComponentGap component) => new()
    {
        ["id"] = component.Id,
        ["label"] = component.Label,
        ["mainIndex"] = component.MainIndex,
        ["points"] = JsonDocuments.Points(component.Points),
        ["maxPoints"] = JsonDocuments.Number(component.MaxPoints),
        ["pointsLeft"] = JsonDocuments.Points(component.PointsLeft),
        ["shareOfScale"] = JsonDocuments.Number(Math.Round(component.ShareOfScale, 6, MidpointRounding.AwayFromZero)),
        ["flags"] = new JArray(component.Flags),
    };
}
