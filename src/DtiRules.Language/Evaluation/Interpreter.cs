using DtiRules.Language.Binding;

namespace DtiRules.Language.Evaluation;

/// <summary>
/// The reference engine: walks the bound ruleset for every unit of a dataset. Prepared once per
/// ruleset and reusable across datasets and threads (each run keeps its own state).
/// </summary>
public sealed class Interpreter : IScorer
{
    /// <summary>Prepares to score with <paramref name="ruleset"/>, which must have no errors.</summary>
    public Interpreter(BoundRuleset ruleset) => Ruleset = ruleset;

    /// <summary>The ruleset this interpreter runs.</summary>
    public BoundRuleset Ruleset { get; }

    /// <summary>Scores every unit of <paramref name="data"/>; problems become diagnostics of the result.</summary>
    public ScoringResult Score(ScoringData data) => new ScoringRun(Ruleset, data).Run();
}
