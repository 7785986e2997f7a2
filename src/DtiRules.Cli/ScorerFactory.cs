using System.Diagnostics;
using DtiRules.Cli.Resources;
using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>Creates the scorer a command asked for with <c>--engine</c>; both engines give identical results.</summary>
/// <param name="engine">The engine asked for.</param>
/// <param name="diagnostics">Where a compiled-ruleset cache entry that was not trusted is reported.</param>
internal sealed class ScorerFactory(ScoringEngine engine, DiagnosticBag diagnostics) : IScorerFactory
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

    /// <summary>A compiled-ruleset cache folder, key or entry that was not trusted: reported, never loaded, and the ruleset compiled again.</summary>
    public static readonly DiagnosticDescriptor CacheNotTrusted = new("DR4120", Severity.Warning, DiagnosticTexts.Messages)
    {
        IsInputOutput = true,
    };

    /// <summary>The engine asked for.</summary>
    public ScoringEngine Engine { get; } = engine;

    /// <summary>The factory of the engine named by <c>--engine</c>: interpreted, compiled or auto.</summary>
    public static ScorerFactory For(string name, DiagnosticBag diagnostics) => new(name switch
    {
        "interpreted" => ScoringEngine.Interpreted,
        "compiled" => ScoringEngine.Compiled,
        "auto" => ScoringEngine.Auto,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "--engine accepts interpreted, compiled or auto only."),
    }, diagnostics);

    /// <inheritdoc />
    public IScorer Create(BoundRuleset ruleset, int unitCount) =>
        UsesCompiled(ruleset, Cells(ruleset, unitCount)) ? Compiled(ruleset) : new Interpreter(ruleset);

    /// <summary>
    /// Scorers for many rulesets that together compute <paramref name="formulaCells"/> formula cells
    /// (units × formulas evaluated, over every run of an analysis): compiled together in one
    /// compilation when the engine is chosen for that work, else interpreted.
    /// </summary>
    public IReadOnlyList<IScorer> CreateMany(IReadOnlyList<BoundRuleset> rulesets, long formulaCells)
    {
        if (!UsesCompiled(rulesets[0], formulaCells))
        {
            return [.. rulesets.Select(r => new Interpreter(r))];
        }

        using (StageTimings.Measure(Stage.Compile))
        {
            CompiledEngine.Shared.CompileTogether(rulesets.Where(r => !CompiledEngine.Shared.IsCached(r)));
        }

        return [.. rulesets.Select(Compiled)];
    }

    private bool UsesCompiled(BoundRuleset ruleset, long cells) => Engine switch
    {
        ScoringEngine.Interpreted => false,
        ScoringEngine.Compiled => true,
        ScoringEngine.Auto => CompiledEngine.Shared.IsLoaded(ruleset)
            || cells >= AutoCompileCells
            || (cells >= AutoLoadCells && CompiledEngine.Shared.IsCached(ruleset)),
    };

    /// <summary>The compiled scorer; the time it took counts as compiling or loading, as it turned out.</summary>
    private CompiledScorer Compiled(BoundRuleset ruleset)
    {
        using var timing = StageTimings.Measure(Stage.Load);
        var scorer = CompiledEngine.Shared.GetScorer(ruleset);
        foreach (var rejection in scorer.CacheRejections)
        {
            diagnostics.Report(CacheNotTrusted, SourceLocation.File(rejection.Path), rejection.Path, rejection.Reason);
        }

        timing.Stage = scorer.Origin switch
        {
            CompiledOrigin.Compiled => Stage.Compile,
            CompiledOrigin.Disk or CompiledOrigin.Memory or CompiledOrigin.NotCompiled => Stage.Load,
        };
        return scorer;
    }

    private static long Cells(BoundRuleset ruleset, long unitRows) => unitRows * (ruleset.Nodes.Count + ruleset.Outputs.Count);
}
