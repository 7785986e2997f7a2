using System.Diagnostics;
using DtiRules.Compiler;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// <c>loop WORKLOAD COUNT</c>: runs one workload over and over and prints the processor time per
/// run, which other work on a shared machine changes far less than it changes wall-clock time;
/// also the way to profile a workload from outside
/// (<c>dotnet-trace collect -- dotnet DtiRules.Benchmarks.dll loop W2 3000</c>).
/// Workloads: W2, W3, W4 (compiled engine), W2-hand, W3-hand, W4-hand (hand-written C#), W2-rulesengine,
/// and the analyses of <see cref="SensitivityBenchmarks"/>: S-provinces-interpreted, S-provinces-compiled,
/// S-communes-interpreted, S-communes-compiled.
/// </summary>
internal static class Loop
{
    public static int Run(string workload, int count)
    {
        var once = Workload(workload);

        // Warm up as long as the measurement, then let tiered compilation finish in the background.
        for (var i = 0; i < count; i++)
        {
            once();
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));
        var process = Process.GetCurrentProcess();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var processor = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            once();
        }

        process.Refresh();
        var perRun = (process.TotalProcessorTime - processor).TotalMilliseconds / count;
        var gcs = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]));
        Console.WriteLine(FormattableString.Invariant($"loop {workload}: {perRun:0.000} ms processor time per run, {clock.Elapsed.TotalMilliseconds / count:0.000} ms wall-clock ({count} runs, {gcs} collections of generations 0/1/2)"));
        return 0;
    }

    private static Action Workload(string workload)
    {
        if (workload.StartsWith("S-", StringComparison.Ordinal))
        {
            return Sensitivity(workload);
        }

        var data = BenchData.Load(syntheticUnits: workload.StartsWith("W3", StringComparison.Ordinal) ? 10_000 : 1);
        var compiled = new CompiledEngine(CompiledEngineOptions.MemoryOnly);
        switch (workload)
        {
            case "W2":
                return Score(compiled.GetScorer(data.Ruleset), data.Provinces);
            case "W3":
                return Score(compiled.GetScorer(data.Ruleset), data.Synthetic);
            case "W4":
                var reweighting = new Reweighting(data, 10_000);
                var scorer = compiled.GetScorer(reweighting.Ruleset);
                return () => reweighting.WithEngine(scorer);
            case "W2-hand":
                var provinces = new HandWritten2022(BenchData.PlainColumns(data.Provinces));
                return () => provinces.Score();
            case "W3-hand":
                var synthetic = new HandWritten2022(BenchData.PlainColumns(data.Synthetic));
                return () => synthetic.Score();
            case "W4-hand":
                var plain = new Reweighting(data, 10_000);
                return () => plain.HandWritten();
            case "W2-rulesengine":
                var rulesEngine = new RulesEngineBaseline();
                var columns = BenchData.PlainColumns(data.Provinces);
                return () => rulesEngine.Score(columns);
            default:
                throw new ArgumentException($"Unknown workload '{workload}'.", nameof(workload));
        }
    }

    private static Action Sensitivity(string workload)
    {
        var benchmarks = new SensitivityBenchmarks();
        benchmarks.Setup();
        return workload switch
        {
            "S-provinces-interpreted" => () => benchmarks.ProvincesInterpreted(),
            "S-provinces-compiled" => () => benchmarks.ProvincesCompiled(),
            "S-communes-interpreted" => () => benchmarks.CommunesInterpreted(),
            "S-communes-compiled" => () => benchmarks.CommunesCompiled(),
            _ => throw new ArgumentException($"Unknown workload '{workload}'.", nameof(workload)),
        };
    }

    private static Action Score(IScorer scorer, ScoringData data) => () => scorer.Score(data);
}
