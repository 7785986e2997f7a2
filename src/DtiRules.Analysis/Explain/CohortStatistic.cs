using DtiRules.Language.Text;

namespace DtiRules.Analysis.Explain;

/// <summary>What a cohort function saw for one unit: the statistic over every unit scored that its result depends on.</summary>
/// <param name="Function">The function as written (<c>relative_to_best</c>, <c>cohort_rank</c>…).</param>
/// <param name="Argument">The argument as written, canonically printed.</param>
/// <param name="UnitsWithValue">How many units had a value for the argument (the cohort the statistic is over).</param>
/// <param name="Units">How many units were scored.</param>
/// <param name="UnitArgument">The unit's own argument value, or null when missing.</param>
/// <param name="Result">The function's value for the unit, or null.</param>
/// <param name="Statistics">The named figures, e.g. <c>max</c>; <c>min</c> and <c>max</c>; <c>rank</c>; <c>share</c>.</param>
/// <param name="Summary">One readable line, e.g. <c>relative_to_best(x): max over 63 provinces = 87.2</c>.</param>
/// <param name="Location">Where the call is written.</param>
public sealed record CohortStatistic(
    string Function,
    string Argument,
    int UnitsWithValue,
    int Units,
    decimal? UnitArgument,
    decimal? Result,
    IReadOnlyList<NamedFigure> Statistics,
    string Summary,
    SourceLocation Location);
