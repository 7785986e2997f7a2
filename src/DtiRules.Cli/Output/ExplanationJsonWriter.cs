using DtiRules.Analysis.Explain;
using DtiRules.Data.Reports;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>The explanation as JSON for tools: the same tree and numbers as the text, nested.</summary>
internal static class ExplanationJsonWriter
{
    public static void Write(Explanation explanation, TextWriter writer)
    {
        var header = explanation.Header;
        var document = new JObject
        {
            ["ruleset"] = new JObject { ["id"] = header.Id, ["edition"] = header.Edition, ["title"] = header.Title, ["basis"] = header.Basis },
            ["unit"] = new JObject { ["code"] = explanation.Unit.Code, ["name"] = explanation.Unit.Name },
            ["units"] = explanation.Units,
            ["coverage"] = ResultNumbers.Normalize(Math.Round(explanation.Coverage, 4, MidpointRounding.AwayFromZero)),
            ["trace"] = Node(explanation.Root),
            ["outputs"] = new JArray(explanation.Outputs.Select(Node)),
        };
        JsonDocuments.Write(document, writer);
    }

    private static JObject Node(ExplainedNode node)
    {
        var json = new JObject
        {
            ["kind"] = node.Kind.ToString().ToLowerInvariant(),
            ["id"] = node.Id,
            ["label"] = node.Label,
            ["value"] = JsonDocuments.Number(node.Value),
            ["points"] = JsonDocuments.Number(node.Points),
            ["maxPoints"] = JsonDocuments.Number(node.MaxPoints),
            ["pointsLeft"] = JsonDocuments.Number(node.PointsLeft),
        };
        if (node.Rank is { } rank)
        {
            json["rank"] = rank;
            json["rankedUnits"] = node.RankedUnits;
        }

        json["flags"] = new JArray(node.Flags);
        json["formula"] = node.Formula;
        json["source"] = Source(node.Location);
        json["inputs"] = new JArray(node.Inputs.Select(i => new JObject
        {
            ["id"] = i.Id,
            ["label"] = i.Label,
            ["type"] = i.Type,
            ["value"] = JsonDocuments.Number(i.Value),
            ["display"] = i.Display,
            ["unit"] = i.UnitOfMeasure,
            ["flags"] = new JArray(i.Flags),
        }));
        json["reads"] = new JArray(node.Reads.Select(r => new JObject
        {
            ["kind"] = r.Kind,
            ["id"] = r.Id,
            ["label"] = r.Label,
            ["figure"] = JsonDocuments.Number(r.Figure),
            ["maxPoints"] = JsonDocuments.Number(r.MaxPoints),
        }));
        json["cohorts"] = new JArray(node.Cohorts.Select(c => new JObject
        {
            ["function"] = c.Function,
            ["argument"] = c.Argument,
            ["units"] = c.Units,
            ["unitsWithValue"] = c.UnitsWithValue,
            ["statistics"] = new JObject(c.Statistics.Select(s => new JProperty(s.Name, ResultNumbers.Normalize(s.Value)))),
            ["unitArgument"] = JsonDocuments.Number(c.UnitArgument),
            ["result"] = JsonDocuments.Number(c.Result),
            ["summary"] = c.Summary,
            ["source"] = Source(c.Location),
        }));
        json["children"] = new JArray(node.Children.Select(Node));
        json["childrenNotShown"] = node.ChildrenNotShown;
        return json;
    }

    private static JObject Source(SourceLocation location) => new()
    {
        ["path"] = location.Path,
        ["line"] = location.Line,
        ["column"] = location.Column,
    };
}
