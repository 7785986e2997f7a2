using System.Diagnostics;
using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>Creates the scorer a command asked for; both engines give identical results.</summary>
internal static class ScorerFactory
{
    /// <summary>
    /// Formula cells (units × nodes and outputs) from which <c>auto</c> loads a ruleset compiled
    /// earlier from the disk cache. Measured on the 2-core machine (docs/benchmarks.md): the first
    /// result from the cache comes about 80 ms after the interpreter's, and the compiled engine
    /// saves about 95 ns per cell (W3), so loading pays from about a million cells.
    /// </summary>
    public const long AutoLoadCells = 1_000_000;

    /// <summary>
    /// Formula cells from which <c>auto</c> compiles a ruleset that is not cached: a first
    /// compilation of the 2022 edition costs about 2 s in a fresh process, which 95 ns per cell
    /// repays from about 20 million cells (some 180,000 units of that edition).
    /// </summary>
    public const long AutoCompileCells = 20_000_000;

    public static IScorer Create(BoundRuleset ruleset, int unitCount, ScoringEngine engine) =>
        UsesCompiled(ruleset, unitCount, engine) ? Compiled(ruleset) : new Interpreter(ruleset);

    /// <summary>
    /// Scorers for many rulesets that score <paramref name="unitRuns"/> unit rows in all (units × runs,
    /// a sensitivity run's workload): compiled together in one compilation when the engine is chosen
    /// for the first, else interpreted.
    /// </summary>
    public static IReadOnlyList<IScorer> CreateMany(IReadOnlyList<BoundRuleset> rulesets, long unitRuns, ScoringEngine engine)
    {
        if (!UsesCompiled(rulesets[0], unitRuns, engine))
        {
            return [.. rulesets.Select(r => new Interpreter(r))];
        }

        var start = Stopwatch.GetTimestamp();
        CompiledEngine.Shared.CompileTogether(rulesets.Where(r => !CompiledEngine.Shared.IsCached(r)));
        StageTimings.Add(Stage.Compile, Stopwatch.GetElapsedTime(start));
        return [.. rulesets.Select(Compiled)];
    }

    private static bool UsesCompiled(BoundRuleset ruleset, long unitRows, ScoringEngine engine) => engine switch
    {
        ScoringEngine.Compiled => true,
        ScoringEngine.Auto => Cells(ruleset, unitRows) is var cells
            && (CompiledEngine.Shared.IsLoaded(ruleset)
                || cells >= AutoCompileCells
                || (cells >= AutoLoadCells && CompiledEngine.Shared.IsCached(ruleset))),
        ScoringEngine.Interpreted => false,
    };

    /// <summary>The compiled scorer; the time it took counts as compiling or loading, as it turned out.</summary>
    private static CompiledScorer Compiled(BoundRuleset ruleset)
    {
        var start = Stopwatch.GetTimestamp();
        var scorer = CompiledEngine.Shared.GetScorer(ruleset);
        var stage = scorer.Origin switch
        {
            CompiledOrigin.Compiled => Stage.Compile,
            CompiledOrigin.Disk or CompiledOrigin.Memory or CompiledOrigin.NotCompiled => Stage.Load,
        };
        StageTimings.Add(stage, Stopwatch.GetElapsedTime(start));
        return scorer;
    }

    private static long Cells(BoundRuleset ruleset, long unitRows) => unitRows * (ruleset.Nodes.Count + ruleset.Outputs.Count);

    public static ScoringEngine Parse(string? name) => name switch
    {
        "compiled" => ScoringEngine.Compiled,
        "auto" => ScoringEngine.Auto,
        _ => ScoringEngine.Interpreted,
    };
}
