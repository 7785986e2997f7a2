using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Uncertainty;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>The factors a run varies: the ruleset's <c>uncertainty</c> block, or every main index's weight.</summary>
public static class SensitivityFactors
{
    /// <summary>Every scored main index's max varied by ±<paramref name="percent"/>% (the main indices rescaled to keep the scale).</summary>
    public static IReadOnlyList<UncertaintyFactor> VaryWeights(BoundRuleset ruleset, decimal percent) =>
        [.. ruleset.ScoredRoots.Select(root =>
        {
            var change = root.MaxPoints * percent / 100m;
            return new WeightFactor(root, root.MaxPoints - change, root.MaxPoints + change, root.Location);
        })];
}
