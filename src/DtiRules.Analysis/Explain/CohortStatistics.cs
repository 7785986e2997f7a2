using System.Globalization;
using DtiRules.Analysis.Resources;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Builtins;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Syntax;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Explain;

/// <summary>Works out, from the argument column a cohort call saw, the statistic its result for one unit depends on, as the built-in's record describes it.</summary>
internal static class CohortStatistics
{
    /// <summary>The statistic of <paramref name="call"/> for <paramref name="unit"/>, or null when the call was never evaluated (under a given node).</summary>
    public static CohortStatistic? Describe(ScoringResult result, BoundCohortCall call, int unit)
    {
        if (result.CohortArgument(call.Slot) is not { } column)
        {
            return null;
        }

        var function = call.Syntax is CallExpressionSyntax written ? written.Function.Name : call.Function.Name;
        var argument = call.Argument.Syntax is ExpressionSyntax expression ? SyntaxPrinter.ExpressionText(expression) : string.Empty;
        var sample = CohortSample.Of(column);
        var own = column[unit];
        var statistics = Figures(call.Function, sample, own);
        var kind = result.Ruleset.Header.UnitKind;
        var cohort = Cohort(sample.Count, column.Count, kind);
        var figures = statistics.Count > 0
            ? call.Function.Describe([.. statistics.Select(s => Text(s.Value))], cohort)
            : Texts.Cohort.Format(nameof(CohortText.NoValue), cohort);
        var outcome = own is { } x ? Safely(() => call.Function.ValueFor(sample, x)) : null;
        var missing = Texts.Cohort.Get(nameof(CohortText.Missing));
        var summary = Texts.Cohort.Format(
            nameof(CohortText.Summary), function, argument, figures, KindWord(kind, one: true), own is { } o ? Text(o) : missing, outcome is { } r ? Text(r) : missing);
        return new CohortStatistic(
            function, argument, sample.Count, column.Count, own, outcome, statistics, summary, call.Syntax.Span.Location);
    }

    /// <summary>The figures the function's result depends on; none when no unit has a value, or the unit has none and they are its own.</summary>
    private static IReadOnlyList<NamedFigure> Figures(CohortBuiltin function, CohortSample sample, decimal? own)
    {
        if (sample.Count == 0 || (own is null && function.Figures.Any(f => f.OfUnit)))
        {
            return [];
        }

        var figures = new List<NamedFigure>();
        foreach (var figure in function.Figures)
        {
            if (Safely(() => figure.Value(sample, own ?? 0m)) is { } value)
            {
                figures.Add(new NamedFigure(figure.Name, value));
            }
        }

        return figures;
    }

    /// <summary>A statistic, or null where computing it fails (a sum beyond the decimal range); the run reported that failure.</summary>
    private static decimal? Safely(Func<decimal> statistic)
    {
        try
        {
            return statistic();
        }
        catch (Exception e) when (e is OverflowException or DivideByZeroException)
        {
            return null;
        }
    }

    private static string Cohort(int withValue, int units, string unitKind)
    {
        var word = KindWord(unitKind, one: units == 1);
        return withValue == units
            ? Texts.Cohort.Format(nameof(CohortText.AllUnits), units, word)
            : Texts.Cohort.Format(nameof(CohortText.SomeUnits), withValue, units, word);
    }

    /// <summary>The unit kind as a reader says it, one or many; a kind without a word is shown as written.</summary>
    private static string KindWord(string unitKind, bool one)
    {
        var key = $"Kind_{unitKind}_{(one ? "One" : "Many")}";
        return Texts.Cohort.Resources.GetString(key, CultureInfo.InvariantCulture) is null ? unitKind : Texts.Cohort.Get(key);
    }

    private static string Text(decimal value) => DisplayNumbers.Points(value);
}
