using System.Diagnostics;
using System.Globalization;
using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Language.Text;
using DtiRules.SampleData;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// Costs paid once per process, measured in a fresh process each (<c>first-call WHAT</c>): parse and
/// check of 2022, the time from a checked ruleset to the first result of each engine, and checking
/// and compiling a generated ruleset of N nodes (<c>first-call compile-nodes N</c>).
/// </summary>
internal static class FirstCall
{
    public static int Run(string what, IReadOnlyList<string> arguments)
    {
        var clock = Stopwatch.StartNew();
        if (what == "parse")
        {
            _ = RulesetCompilation.FromFile(BenchData.Ruleset2022).Ruleset;
            return Print(what, clock);
        }

        if (what == "compile-nodes" && arguments is [var count] && int.TryParse(count, CultureInfo.InvariantCulture, out var nodes))
        {
            return CompileNodes(nodes);
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

    /// <summary>Checks a generated ruleset of about <paramref name="nodes"/> nodes, then compiles it (emit, Roslyn, audit, load) and scores 63 units.</summary>
    private static int CompileNodes(int nodes)
    {
        var text = SyntheticRuleset.Text(nodes);
        var clock = Stopwatch.StartNew();
        var compilation = RulesetCompilation.Create(SourceText.From(text, "synthetic.dti"));
        var check = clock.Elapsed;
        if (compilation.HasErrors)
        {
            throw new InvalidOperationException("The generated ruleset has errors: " + compilation.Diagnostics.First(d => d.IsError));
        }

        clock.Restart();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var scorer = new CompiledEngine(CompiledEngineOptions.MemoryOnly).GetScorer(compilation.Ruleset);
        var compile = clock.Elapsed;
        var compileProcessor = Process.GetCurrentProcess().TotalProcessorTime - processor;
        clock.Restart();
        var result = scorer.Score(SyntheticRuleset.Data(nodes, units: 63, seed: 1));
        var score = clock.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"first-call compile-nodes {compilation.Ruleset.Nodes.Count}: check {check.TotalMilliseconds:0} ms, compile {compile.TotalMilliseconds:0} ms (processor time {compileProcessor.TotalMilliseconds:0} ms), first score of 63 units {score.TotalMilliseconds:0} ms ({result.Diagnostics.Count(d => d.IsError)} errors)"));
        return 0;
    }

    private static int Print(string what, Stopwatch clock)
    {
        Console.WriteLine(FormattableString.Invariant($"first-call {what}: {clock.Elapsed.TotalMilliseconds:0.0} ms"));
        return 0;
    }
}
