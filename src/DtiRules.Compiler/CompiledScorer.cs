using DtiRules.Language.Binding;
using DtiRules.Language.Evaluation;

namespace DtiRules.Compiler;

/// <summary>
/// Scores with a ruleset compiled to C#: the reference scoring run, with formulas evaluated by
/// the generated class. Results are identical to the <see cref="Interpreter"/>'s. Reusable across
/// datasets and threads.
/// </summary>
public sealed class CompiledScorer : IScorer
{
    private readonly Func<ScoringColumns, IFormulaEvaluator> _formulas;

    internal CompiledScorer(BoundRuleset ruleset, Func<ScoringColumns, IFormulaEvaluator> formulas)
    {
        Ruleset = ruleset;
        _formulas = formulas;
    }

    /// <inheritdoc />
    public BoundRuleset Ruleset { get; }

    /// <inheritdoc />
    public ScoringResult Score(ScoringData data) => DelegatedScoring.Score(Ruleset, data, _formulas);
}
