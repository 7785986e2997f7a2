using DtiRules.Language.Binding;

namespace DtiRules.Scoring;

/// <summary>A scoring engine prepared for one ruleset: the interpreter, or a compiled scorer.</summary>
public interface IScorer
{
    /// <summary>The ruleset this scorer runs.</summary>
    BoundRuleset Ruleset { get; }

    /// <summary>Scores every unit of <paramref name="data"/>; problems become diagnostics of the result.</summary>
    ScoringResult Score(ScoringData data);
}
