namespace DtiRules.Data.Reports.Html;

/// <summary>A factor's sensitivity indices, as bars.</summary>
/// <param name="Name">The factor.</param>
/// <param name="FirstOrder">Its first-order index, or null when the target did not vary.</param>
/// <param name="Total">Its total index, or null.</param>
public sealed record FactorBar(string Name, double? FirstOrder, double? Total);
