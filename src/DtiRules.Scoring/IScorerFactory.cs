using DtiRules.Language.Binding;

namespace DtiRules.Scoring;

/// <summary>
/// Chooses the engine that scores a ruleset: every command and analysis that scores asks one
/// factory, so the engine a user picked is the engine of every scoring the command makes.
/// </summary>
public interface IScorerFactory
{
    /// <summary>A scorer of <paramref name="ruleset"/>, about to score <paramref name="unitCount"/> units.</summary>
    IScorer Create(BoundRuleset ruleset, int unitCount);
}
