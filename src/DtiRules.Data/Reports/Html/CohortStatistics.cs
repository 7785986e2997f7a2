using DtiRules.Language.Builtins;

namespace DtiRules.Data.Reports.Html;

/// <summary>The median and best of one value over the units that have it.</summary>
/// <param name="Median">The median, as <c>cohort_median</c> computes it, or null when no unit has a value.</param>
/// <param name="Best">The highest value, or null.</param>
internal sealed record CohortStatistics(decimal? Median, decimal? Best)
{
    /// <summary>The statistics of <paramref name="values"/>, ignoring missing ones.</summary>
    public static CohortStatistics Of(IReadOnlyList<decimal?> values)
    {
        var sample = CohortSample.Of(values);
        return sample.Count == 0 ? new CohortStatistics(null, null) : new CohortStatistics(sample.Median, sample.Max);
    }
}
