using DtiRules.Compiler;
using DtiRules.Language.Evaluation;

namespace DtiRules.Benchmarks;

/// <summary>
/// <c>loop WORKLOAD COUNT</c>: runs one workload of the compiled engine over and over, to be
/// profiled from outside (<c>dotnet-trace collect -- dotnet DtiRules.Benchmarks.dll loop W2 3000</c>).
/// </summary>
internal static class Loop
{
    public static int Run(string workload, int count)
    {
        var data = BenchData.Load();
        var engine = new CompiledEngine(CompiledEngineOptions.MemoryOnly);
        Action once = workload switch
        {
            "W2" => Score(engine.GetScorer(data.Ruleset), data.Provinces),
            "W3" => Score(engine.GetScorer(data.Ruleset), data.Synthetic),
            "W4" => Reweight(new Reweighting(data, 1_000), engine),
            _ => throw new ArgumentException($"Unknown workload '{workload}': W2, W3 or W4.", nameof(workload)),
        };
        for (var i = 0; i < count; i++)
        {
            once();
        }

        return 0;
    }

    private static Action Score(IScorer scorer, ScoringData data) => () => scorer.Score(data);

    private static Action Reweight(Reweighting reweighting, CompiledEngine engine)
    {
        var scorer = engine.GetScorer(reweighting.Ruleset);
        return () => reweighting.WithEngine(scorer);
    }
}
