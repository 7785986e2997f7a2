using DtiRules.Language.Binding.Analysis;

namespace DtiRules.Language.Builtins;

/// <summary>
/// A built-in function over every unit being scored: the argument is evaluated for every unit,
/// the units that have a value form the <see cref="CohortSample"/>, and each of them gets
/// <see cref="ValueFor"/>; a unit whose argument is missing gets no value.
/// </summary>
/// <param name="Name">The name written in rulesets, e.g. <c>relative_to_best</c>.</param>
/// <param name="Summary">What the function computes, in one line.</param>
/// <param name="ValueFor">The value for a unit with argument x, given the sample of every unit's argument.</param>
/// <param name="Range">The range rule: the interval of the value, given the interval of the argument.</param>
/// <param name="Trend">How the unit's value moves as its own argument rises, the other units' staying as they are.</param>
/// <param name="Figures">What <c>explain</c> shows the value depends on.</param>
/// <param name="Describe">How <c>explain</c> states the figures (formatted, in order) over the cohort (e.g. <c>63 provinces</c>).</param>
/// <param name="Examples">Worked examples, run as value tests and printed in the language reference.</param>
public sealed record CohortBuiltin(
    string Name,
    string Summary,
    Func<CohortSample, decimal, decimal> ValueFor,
    Func<Interval, Interval> Range,
    Trend Trend,
    IReadOnlyList<CohortFigure> Figures,
    Func<IReadOnlyList<string>, string, string> Describe,
    IReadOnlyList<CohortExample> Examples)
    : BuiltinFunction(Name, [new BuiltinParameter("x")], false, Summary)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
