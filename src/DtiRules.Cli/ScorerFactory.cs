using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Language.Evaluation;

namespace DtiRules.Cli;

/// <summary>Creates the scorer a command asked for; both engines give identical results.</summary>
internal static class ScorerFactory
{
    /// <summary>
    /// Above this many formula cells (units × nodes and outputs) <c>auto</c> compiles an uncached
    /// ruleset. Measured on the 2-core machine (docs/benchmarks.md): compiling a 2022-sized
    /// ruleset costs about 1.5 s in a fresh process and the compiled engine saves about 1 µs per
    /// cell over the interpreter, so compiling pays from about 1.5 million cells.
    /// </summary>
    public const long AutoCompileCells = 1_500_000;

    public static IScorer Create(BoundRuleset ruleset, int unitCount, ScoringEngine engine)
    {
        var compiled = engine switch
        {
            ScoringEngine.Compiled => true,
            ScoringEngine.Auto => (long)unitCount * (ruleset.Nodes.Count + ruleset.Outputs.Count) >= AutoCompileCells
                || CompiledEngine.Shared.IsCached(ruleset),
            _ => false,
        };
        return compiled ? CompiledEngine.Shared.GetScorer(ruleset) : new Interpreter(ruleset);
    }

    public static ScoringEngine Parse(string? name) => name switch
    {
        "compiled" => ScoringEngine.Compiled,
        "auto" => ScoringEngine.Auto,
        _ => ScoringEngine.Interpreted,
    };
}
