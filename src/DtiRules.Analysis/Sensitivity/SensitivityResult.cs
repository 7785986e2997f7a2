using DtiRules.Language.Binding.Uncertainty;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>Everything a sensitivity run found.</summary>
/// <param name="Options">How it sampled.</param>
/// <param name="Factors">The factors varied.</param>
/// <param name="Units">Per unit, in nominal rank order (then by name).</param>
/// <param name="Indices">Per factor, its indices; empty unless asked for.</param>
/// <param name="Convergence">The N against N/2 check.</param>
/// <param name="Runs">How many scoring runs it took.</param>
/// <param name="SamplesWithErrors">How many runs reported an error.</param>
public sealed record SensitivityResult(
    SensitivityOptions Options,
    IReadOnlyList<UncertaintyFactor> Factors,
    IReadOnlyList<UnitSensitivity> Units,
    IReadOnlyList<FactorIndex> Indices,
    Convergence Convergence,
    int Runs,
    int SamplesWithErrors);
