using DtiRules.Language.Binding.Analysis;
using DtiRules.Language.Resources;

namespace DtiRules.Language.Builtins;

public static partial class BuiltinFunctions
{
    /// <summary><c>cohort_max(x)</c>.</summary>
    public static readonly CohortBuiltin CohortMax = new(
        "cohort_max", "the largest `x` over all units", (sample, _) => sample.Max, Same, Trend.Rising,
        [new("max", false, (sample, _) => sample.Max)],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortMaxFigures), figures[0], cohort),
        [Example([20m, 80m, 40m, null], [80m, 80m, 80m, null])]);

    /// <summary><c>cohort_min(x)</c>.</summary>
    public static readonly CohortBuiltin CohortMin = new(
        "cohort_min", "the smallest `x` over all units", (sample, _) => sample.Min, Same, Trend.Rising,
        [new("min", false, (sample, _) => sample.Min)],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortMinFigures), figures[0], cohort),
        [Example([20m, 80m, 40m, null], [20m, 20m, 20m, null])]);

    /// <summary><c>cohort_mean(x)</c>.</summary>
    public static readonly CohortBuiltin CohortMean = new(
        "cohort_mean", "the mean of `x` over all units", (sample, _) => sample.Mean, Same, Trend.Rising,
        [new("mean", false, (sample, _) => sample.Mean)],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortMeanFigures), figures[0], cohort),
        [Example([20m, 80m, 40m, 60m, null], [50m, 50m, 50m, 50m, null])]);

    /// <summary><c>cohort_median(x)</c>.</summary>
    public static readonly CohortBuiltin CohortMedian = new(
        "cohort_median", "the median of `x` over all units (the mean of the middle two for an even count)", (sample, _) => sample.Median, Same, Trend.Rising,
        [new("median", false, (sample, _) => sample.Median)],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortMedianFigures), figures[0], cohort),
        [Example([20m, 80m, 40m, 60m, null], [50m, 50m, 50m, 50m, null]), Example([3m, 1m, 2m], [2m, 2m, 2m])]);

    /// <summary><c>cohort_rank(x)</c>.</summary>
    public static readonly CohortBuiltin CohortRank = new(
        "cohort_rank", "competition rank of the unit's `x` (1 = highest; ties share a rank)", (sample, x) => sample.RankOf(x),
        _ => new Interval(1, double.PositiveInfinity), Trend.Falling,
        [new("rank", true, (sample, x) => sample.RankOf(x))],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortRankFigures), figures[0], cohort),
        [Example([20m, 80m, 40m, 80m, null], [4m, 1m, 3m, 1m, null])]);

    /// <summary><c>cohort_percentile(x)</c>.</summary>
    public static readonly CohortBuiltin CohortPercentile = new(
        "cohort_percentile", "share (0–100) of the other units whose `x` is lower; 100 for a unit alone", (sample, x) => sample.ShareBelow(x),
        _ => new Interval(0, 100), Trend.Rising,
        [new("share", true, (sample, x) => sample.ShareBelow(x))],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortPercentileFigures), figures[0], cohort),
        [Example([10m, 30m, 20m, 50m, 40m, null], [0m, 50m, 25m, 100m, 75m, null]), Example([7m], [100m])]);

    /// <summary><c>minmax(x)</c>.</summary>
    public static readonly CohortBuiltin MinMax = new(
        "minmax", "`(x − min) / (max − min)`; 1 when every unit has the same `x`",
        (sample, x) => sample.Max == sample.Min ? 1m : (x - sample.Min) / (sample.Max - sample.Min),
        _ => Interval.Unit, Trend.Rising,
        [new("min", false, (sample, _) => sample.Min), new("max", false, (sample, _) => sample.Max)],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.MinMaxFigures), figures[0], cohort, figures[1]),
        [Example([10m, 30m, 20m, 50m, null], [0m, 0.5m, 0.25m, 1m, null]), Example([7m, 7m], [1m, 1m])]);

    /// <summary><c>relative_to_best(x)</c>.</summary>
    public static readonly CohortBuiltin RelativeToBest = new(
        "relative_to_best", "`x / max`, the value relative to the best unit; 0 when the max is not positive",
        (sample, x) => sample.Max <= 0m ? 0m : x / sample.Max,
        argument => argument.Low >= 0 ? Interval.Unit : Interval.Unbounded, Trend.Rising,
        [new("max", false, (sample, _) => sample.Max)],
        (figures, cohort) => BuiltinTexts.Figures.Format(nameof(BuiltinText.CohortMaxFigures), figures[0], cohort),
        [Example([20m, 80m, 40m, null], [0.25m, 1m, 0.5m, null]), Example([-2m, 0m], [0m, 0m])]);

    /// <summary>The functions over every unit being scored, in reference order.</summary>
    public static IReadOnlyList<CohortBuiltin> Cohort { get; } = [CohortMax, CohortMin, CohortMean, CohortMedian, CohortRank, CohortPercentile, MinMax, RelativeToBest];
}
