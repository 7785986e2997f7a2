namespace DtiRules.Analysis.Sensitivity;

/// <summary>What one run uses: the variant of the ruleset, each weighted node's max and each noisy input's multipliers per unit.</summary>
/// <param name="Variant">The combination of discrete alternatives (an index into <see cref="RulesetVariantSet"/>).</param>
/// <param name="Maxes">Per weight factor, in the order of the design: the node's max points drawn.</param>
/// <param name="Noise">Per noise factor, in the order of the design: each unit's multiplier.</param>
internal sealed record SampleChoices(int Variant, decimal[] Maxes, decimal[][] Noise);
