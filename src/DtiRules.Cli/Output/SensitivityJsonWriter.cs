using DtiRules.Analysis.Sensitivity;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>A sensitivity result as one JSON document: the run, the convergence check, each unit and each factor's indices.</summary>
internal static class SensitivityJsonWriter
{
    public static void Write(SensitivityResult result, IReadOnlyList<string> notes, TextWriter writer)
    {
        var options = result.Options;
        var document = new JObject
        {
            ["samples"] = options.Samples,
            ["seed"] = options.Seed,
            ["top"] = options.Top,
            ["runs"] = result.Runs,
            ["factors"] = new JArray(result.Factors.Select(f => f.Name)),
            ["convergence"] = new JObject
            {
                ["largest_rank_move"] = result.Convergence.LargestRankMove,
                ["largest_index_move"] = Number(result.Convergence.LargestIndexMove),
                ["enough"] = result.Convergence.IsEnough,
            },
            ["units"] = new JArray(result.Units.Select(u => new JObject
            {
                ["unit"] = u.Unit.Name,
                ["code"] = u.Unit.Code,
                ["value"] = JsonDocuments.Number(u.Value),
                ["rank"] = u.Rank,
                ["rank_median"] = u.RankMedian,
                ["rank_p05"] = u.RankP05,
                ["rank_p95"] = u.RankP95,
                ["value_p05"] = JsonDocuments.Number(u.ValueP05),
                ["value_p95"] = JsonDocuments.Number(u.ValueP95),
                ["p_top"] = JsonDocuments.Number(u.TopShare),
                ["stability"] = u.Stability is { } s ? SensitivityGrids.StabilityText(s) : null,
            })),
            ["notes"] = new JArray(notes),
        };
        if (options.Indices)
        {
            document["indices"] = new JArray(result.Indices.Select(i => new JObject
            {
                ["factor"] = i.Factor,
                ["first_order"] = Number(i.FirstOrder),
                ["first_order_ci"] = Interval(i.FirstOrderInterval),
                ["total"] = Number(i.Total),
                ["total_ci"] = Interval(i.TotalInterval),
            }));
        }

        JsonDocuments.Write(document, writer);
    }

    private static JToken Number(double? value) =>
        JsonDocuments.Number(value is { } v ? Math.Round((decimal)v, 4, MidpointRounding.AwayFromZero) : null);

    private static JToken Interval((double Low, double High)? interval) =>
        interval is var (low, high) ? new JArray(Number(low), Number(high)) : JValue.CreateNull();
}
