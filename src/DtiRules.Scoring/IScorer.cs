using DtiRules.Language.Binding;

namespace DtiRules.Scoring;

/// <summary>A scoring engine prepared for one ruleset: the interpreter, or a compiled scorer.</summary>
public interface IScorer
{
    /// <summary>The ruleset this scorer runs.</summary>
    BoundRuleset Ruleset { get; }

    /// <summary>Scores every unit of <paramref name="data"/>; problems become diagnostics of the result.</summary>
    ScoringResult Score(ScoringData data);

    /// <summary>
    /// Scores <paramref name="data"/>, computing again only what differs from <paramref name="baseline"/>
    /// (a result of this scorer): the result equals <see cref="Score"/>'s. Worth it when
    /// <paramref name="data"/> is the baseline's data with a few columns set by <see cref="ScoringData.WithColumns"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The baseline was scored with another ruleset.</exception>
    ScoringResult Rescore(ScoringResult baseline, ScoringData data);
}
