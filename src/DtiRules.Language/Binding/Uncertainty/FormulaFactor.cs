using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>A node's formula drawn from its own (weight 1) and the alternatives written for it.</summary>
/// <param name="Node">The node whose formula varies.</param>
/// <param name="Alternatives">The node's own formula first, then the written alternatives.</param>
/// <param name="Location">Where it is written.</param>
public sealed record FormulaFactor(NodeSymbol Node, IReadOnlyList<FormulaAlternative> Alternatives, SourceLocation Location)
    : UncertaintyFactor("formula " + Node.Name, Location);
