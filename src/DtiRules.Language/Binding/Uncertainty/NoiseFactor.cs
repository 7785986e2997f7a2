using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>
/// Each unit's value of an input multiplied by 1 + u, u drawn uniformly from
/// −<paramref name="Spread"/>..<paramref name="Spread"/> for every unit on its own, then clamped
/// to the input's range.
/// </summary>
/// <param name="Input">The input whose cells vary.</param>
/// <param name="Spread">The relative spread (0.05 for ±5%).</param>
/// <param name="Location">Where it is written.</param>
public sealed record NoiseFactor(InputSymbol Input, decimal Spread, SourceLocation Location)
    : UncertaintyFactor("noise " + Input.Name, Location);
