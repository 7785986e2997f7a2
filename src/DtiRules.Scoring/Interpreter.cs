using DtiRules.Language.Binding;
using DtiRules.Scoring.Interpretation;

namespace DtiRules.Scoring;

/// <summary>
/// The reference engine: the scoring run with every formula evaluated by walking its bound tree.
/// Prepared once per ruleset and reusable across datasets and threads (each run keeps its own state).
/// </summary>
public sealed class Interpreter : IScorer
{
    private readonly IColumnEvaluator _formulas;

    /// <summary>Prepares to score with <paramref name="ruleset"/>; a ruleset with errors scores to DR3006.</summary>
    public Interpreter(BoundRuleset ruleset)
    {
        Ruleset = ruleset;
        _formulas = ruleset.ErrorCount == 0 ? new TreeEvaluator(ruleset) : NeverEvaluated.Instance;
    }

    /// <summary>The ruleset this interpreter runs.</summary>
    public BoundRuleset Ruleset { get; }

    /// <summary>Scores every unit of <paramref name="data"/>; problems become diagnostics of the result.</summary>
    public ScoringResult Score(ScoringData data) => ScoringRun.Score(Ruleset, data, _formulas);

    /// <inheritdoc />
    public ScoringResult Rescore(ScoringResult baseline, ScoringData data) => ScoringRun.Rescore(Ruleset, baseline, data, _formulas);
}
