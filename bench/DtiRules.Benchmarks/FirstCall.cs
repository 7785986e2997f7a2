using System.Diagnostics;
using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Language.Evaluation;

namespace DtiRules.Benchmarks;

/// <summary>
/// Costs paid once per process, measured in a fresh process each (<c>first-call WHAT</c>): parse and
/// check of 2022, and the time from a checked ruleset to the first result of each engine.
/// </summary>
internal static class FirstCall
{
    public static int Run(string what)
    {
        var clock = Stopwatch.StartNew();
        if (what == "parse")
        {
            _ = RulesetCompilation.FromFile(BenchData.Ruleset2022).Ruleset;
            return Print(what, clock);
        }

        var data = BenchData.Load(syntheticUnits: 1);
        clock.Restart();
        IScorer scorer = what switch
        {
            "interpreted" => new Interpreter(data.Ruleset),
            "compiled-cold" => new CompiledEngine(CompiledEngineOptions.MemoryOnly).GetScorer(data.Ruleset),
            "compiled-disk" => new CompiledEngine(new CompiledEngineOptions(Path.Combine(Path.GetTempPath(), "dtirules-bench-cache"))).GetScorer(data.Ruleset),
            _ => throw new ArgumentException($"Unknown first-call measure '{what}'.", nameof(what)),
        };
        _ = scorer.Score(data.Provinces);
        return Print(what, clock);
    }

    private static int Print(string what, Stopwatch clock)
    {
        Console.WriteLine(FormattableString.Invariant($"first-call {what}: {clock.Elapsed.TotalMilliseconds:0.0} ms"));
        return 0;
    }
}
