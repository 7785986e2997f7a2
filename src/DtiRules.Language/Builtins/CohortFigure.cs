namespace DtiRules.Language.Builtins;

/// <summary>
/// A statistic a cohort function's value depends on, shown by <c>explain</c>: the cohort's max,
/// min, mean or median, or the unit's own rank or share.
/// </summary>
/// <param name="Name">Its name, e.g. <c>max</c>.</param>
/// <param name="OfUnit">True when it belongs to the unit (rank, share) and is unknown when the unit's argument is missing.</param>
/// <param name="Value">Its value over the sample, for a unit whose argument is the second argument.</param>
public sealed record CohortFigure(string Name, bool OfUnit, Func<CohortSample, decimal, decimal> Value);
