using DtiRules.Compiler.Cache;
using DtiRules.Language.Binding;
using DtiRules.Scoring;

namespace DtiRules.Compiler;

/// <summary>
/// Scores with a ruleset compiled to C#: the scoring run every engine shares, with each formula's
/// column computed by a generated loop. Results are identical to the <see cref="Interpreter"/>'s.
/// Reusable across datasets and threads.
/// </summary>
public sealed class CompiledScorer : IScorer
{
    private readonly IColumnEvaluator _formulas;

    internal CompiledScorer(BoundRuleset ruleset, IColumnEvaluator formulas, CompiledOrigin origin)
    {
        Ruleset = ruleset;
        _formulas = formulas;
        Origin = origin;
    }

    /// <inheritdoc />
    public BoundRuleset Ruleset { get; }

    /// <summary>Where the compiled code came from when this scorer was made.</summary>
    public CompiledOrigin Origin { get; }

    /// <summary>What the disk cache held for this ruleset and was not trusted, when this scorer was made; the ruleset was compiled instead.</summary>
    public IReadOnlyList<CacheRejection> CacheRejections { get; init; } = [];

    /// <inheritdoc />
    public ScoringResult Score(ScoringData data) => ScoringRun.Score(Ruleset, data, _formulas);

    /// <inheritdoc />
    public ScoringResult Rescore(ScoringResult baseline, ScoringData data) => ScoringRun.Rescore(Ruleset, baseline, data, _formulas);
}
