namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// A factor's sensitivity indices: the share of the target's variance it explains alone (first
/// order) and with all its interactions (total), each with a 95% bootstrap interval; null when the
/// target does not vary at all.
/// </summary>
/// <param name="Factor">The factor's name.</param>
/// <param name="FirstOrder">The first-order index (Saltelli 2010).</param>
/// <param name="FirstOrderInterval">Its 2.5th and 97.5th bootstrap percentiles.</param>
/// <param name="Total">The total index (Jansen 1999).</param>
/// <param name="TotalInterval">Its 2.5th and 97.5th bootstrap percentiles.</param>
public sealed record FactorIndex(
    string Factor, double? FirstOrder, (double Low, double High)? FirstOrderInterval, double? Total, (double Low, double High)? TotalInterval);
