using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>The missing-data policy of the whole ruleset (the header's and every input's and node's own) drawn from alternatives.</summary>
/// <param name="Alternatives">The policies and their weights.</param>
/// <param name="Location">Where it is written.</param>
public sealed record PolicyFactor(IReadOnlyList<PolicyAlternative> Alternatives, SourceLocation Location)
    : UncertaintyFactor("policy missing", Location);
