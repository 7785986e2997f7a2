namespace DtiRules.Data.Reports.Html;

/// <summary>The median and best of one value over the units that have it.</summary>
/// <param name="Median">The median (the mean of the two middle values for an even count), or null when no unit has a value.</param>
/// <param name="Best">The highest value, or null.</param>
internal sealed record CohortStatistics(decimal? Median, decimal? Best)
{
    /// <summary>The statistics of <paramref name="values"/>, ignoring missing ones.</summary>
    public static CohortStatistics Of(IReadOnlyList<decimal?> values)
    {
        var present = values.OfType<decimal>().Order().ToList();
        if (present.Count == 0)
        {
            return new CohortStatistics(null, null);
        }

        var middle = present.Count / 2;
        var median = present.Count % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2m;
        return new CohortStatistics(median, present[^1]);
    }
}
