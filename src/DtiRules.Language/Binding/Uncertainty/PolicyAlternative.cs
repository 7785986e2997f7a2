using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>One policy a <see cref="PolicyFactor"/> may draw, with how likely it is against the others.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Weight">Its weight (1 unless written).</param>
public sealed record PolicyAlternative(MissingPolicy Policy, decimal Weight);
