using System.Globalization;
using DtiRules.Data.Reports;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Builtins;
using DtiRules.Language.Evaluation;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Data.Explain;

/// <summary>Works out, from the argument column a cohort call saw, the statistic its result for one unit depends on.</summary>
internal static class CohortStatistics
{
    /// <summary>The statistic of <paramref name="call"/> for <paramref name="unit"/>, or null when the call was never evaluated (under a given node).</summary>
    public static CohortStatistic? Describe(ScoringResult result, BoundCohortCall call, int unit)
    {
        if (result.CohortArgument(call.Slot) is not { } column)
        {
            return null;
        }

        var function = call.Syntax is CallExpressionSyntax written ? written.Function.Name : call.Function.ToString();
        var argument = call.Argument.Syntax is ExpressionSyntax expression ? SyntaxPrinter.ExpressionText(expression) : string.Empty;
        var withValue = column.Count(v => v is not null);
        var statistics = Statistics(call.Function, column, unit);
        var cohort = Cohort(withValue, column.Count, result.Ruleset.Header.UnitKind);
        var figures = call.Function switch
        {
            CohortFunction.Rank when statistics.Count > 0 => $"rank {Text(statistics[0].Value)} of {cohort}",
            CohortFunction.Percentile when statistics.Count > 0 => $"share of the others lower = {Text(statistics[0].Value)}% over {cohort}",
            _ when statistics.Count > 0 => string.Join(", ", statistics.Select((s, i) => i == 0 ? $"{s.Name} over {cohort} = {Text(s.Value)}" : $"{s.Name} = {Text(s.Value)}")),
            _ => $"no value over {cohort}",
        };
        var own = column[unit] is { } x ? Text(x) : "missing";
        var outcome = CohortFunctions.Compute(call.Function, column)[unit];
        var summary = $"{function}({argument}): {figures}; this {result.Ruleset.Header.UnitKind} {own} → {(outcome is { } o ? Text(o) : "missing")}";
        return new CohortStatistic(
            function, argument, withValue, column.Count, column[unit], outcome, statistics, summary, call.Syntax.Span.Location);
    }

    /// <summary>The figures the function's result depends on, computed by the same built-ins the engines call.</summary>
    private static IReadOnlyList<NamedFigure> Statistics(CohortFunction function, IReadOnlyList<decimal?> column, int unit)
    {
        IReadOnlyList<(string Name, CohortFunction Function)> needed = function switch
        {
            CohortFunction.RelativeToBest or CohortFunction.Max => [("max", CohortFunction.Max)],
            CohortFunction.MinMax => [("min", CohortFunction.Min), ("max", CohortFunction.Max)],
            CohortFunction.Min => [("min", CohortFunction.Min)],
            CohortFunction.Mean => [("mean", CohortFunction.Mean)],
            CohortFunction.Median => [("median", CohortFunction.Median)],
            CohortFunction.Rank => [("rank", CohortFunction.Rank)],
            _ => [("share", CohortFunction.Percentile)],
        };
        var figures = new List<NamedFigure>();
        foreach (var (name, statistic) in needed)
        {
            // Whole-cohort statistics are filled in for every unit with a value; the unit's own
            // cell is null when its argument is missing, so take the first unit that has one.
            var values = CohortFunctions.Compute(statistic, column);
            var value = statistic is CohortFunction.Rank or CohortFunction.Percentile ? values[unit] : values.FirstOrDefault(v => v is not null);
            if (value is { } present)
            {
                figures.Add(new NamedFigure(name, present));
            }
        }

        return figures;
    }

    private static string Cohort(int withValue, int units, string unitKind)
    {
        var plural = units == 1 ? unitKind : unitKind + "s";
        return withValue == units
            ? $"{units.ToString(CultureInfo.InvariantCulture)} {plural}"
            : $"{withValue.ToString(CultureInfo.InvariantCulture)} of {units.ToString(CultureInfo.InvariantCulture)} {plural} (the others have no value)";
    }

    private static string Text(decimal value) => ResultNumbers.Points(value);
}
