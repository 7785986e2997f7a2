namespace DtiRules.Language.Binding.BoundTree;

/// <summary>One arm of a tier table.</summary>
/// <param name="Comparison">How the subject is compared with the threshold (a comparison kind).</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Value">Points when the comparison holds.</param>
public sealed record BoundTierArm(BoundBinaryOperatorKind Comparison, decimal Threshold, BoundExpression Value);
