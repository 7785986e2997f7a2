
namespace DtiRules.Language.Builtins;

/// <summary>
/// The values of the units that have one, sorted: what every cohort function and competition
/// rank is computed from. Statistics of an empty sample are undefined and never asked for.
/// </summary>
public sealed class CohortSample
{
    private readonly decimal[] _sorted;
    private decimal? _mean;
    private bool _meanOverflows;

    private CohortSample(decimal[] sorted) => _sorted = sorted;

    /// <summary>How many units have a value.</summary>
    public int Count => _sorted.Length;

    /// <summary>The smallest value.</summary>
    public decimal Min => _sorted[0];

    /// <summary>The largest value.</summary>
    public decimal Max => _sorted[^1];

    /// <summary>The median: the middle value, or the mean of the two middle values for an even count.</summary>
    public decimal Median => Count % 2 == 1 ? _sorted[Count / 2] : (_sorted[(Count / 2) - 1] + _sorted[Count / 2]) / 2m;

    /// <summary>The mean, summed in ascending order.</summary>
    /// <exception cref="OverflowException">The sum is outside the decimal range.</exception>
    public decimal Mean
    {
        get
        {
            if (_mean is null && !_meanOverflows)
            {
                try
                {
                    _mean = Sum() / Count;
                }
                catch (OverflowException)
                {
                    // Remembered, so a cohort of many units does not add it up again for each of them.
                    _meanOverflows = true;
                }
            }

            return _mean ?? throw new OverflowException("The cohort's sum is outside the decimal range.");
        }
    }

    /// <summary>The sample of the present values of <paramref name="values"/>.</summary>
    public static CohortSample Of(IReadOnlyList<decimal?> values) => values as Column is { } column ? Of(column) : Of(Column.From(values));

    /// <summary>The sample of the present values of <paramref name="column"/>.</summary>
    public static CohortSample Of(Column column)
    {
        var count = 0;
        foreach (var present in column.Present)
        {
            count += present ? 1 : 0;
        }

        var sorted = new decimal[count];
        var next = 0;
        for (var u = 0; u < column.Count; u++)
        {
            if (column.Present[u])
            {
                sorted[next++] = column.Values[u];
            }
        }

        Array.Sort(sorted);
        return new CohortSample(sorted);
    }

    /// <summary>Competition rank of <paramref name="x"/>: 1 + the number of values above it, so ties share a rank.</summary>
    public decimal RankOf(decimal x) => 1 + CountAbove(x);

    /// <summary>Share (0–100) of the other values below <paramref name="x"/>; 100 for a value alone.</summary>
    public decimal ShareBelow(decimal x) => Count == 1 ? 100m : LowerBound(x) * 100m / (Count - 1);

    /// <summary>The number of values above <paramref name="x"/>.</summary>
    public int CountAbove(decimal x) => Count - UpperBound(x);

    private decimal Sum()
    {
        var sum = 0m;
        foreach (var value in _sorted)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>The number of values below <paramref name="x"/>.</summary>
    private int LowerBound(decimal x)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_sorted[mid] < x)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The number of values at or below <paramref name="x"/>.</summary>
    private int UpperBound(decimal x)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_sorted[mid] <= x)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
