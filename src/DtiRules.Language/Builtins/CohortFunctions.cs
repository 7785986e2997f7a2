using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Language.Builtins;

/// <summary>
/// The built-in functions over every unit being scored. Each takes the argument's value for
/// every unit (null where missing; missing units are left out of the statistic) and returns the
/// function's value for every unit.
/// </summary>
public static class CohortFunctions
{
    /// <summary>Computes <paramref name="function"/> for every unit of <paramref name="column"/>.</summary>
    public static decimal?[] Compute(CohortFunction function, IReadOnlyList<decimal?> column)
    {
        var present = column.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var result = new decimal?[column.Count];
        if (present.Length == 0)
        {
            return result;
        }

        Array.Sort(present);
        var min = present[0];
        var max = present[^1];
        switch (function)
        {
            case CohortFunction.Max:
                return Fill(column, max);
            case CohortFunction.Min:
                return Fill(column, min);
            case CohortFunction.Mean:
                return Fill(column, Mean(present));
            case CohortFunction.Median:
                return Fill(column, Median(present));
            case CohortFunction.Rank:
                var ranks = Ranking.CompetitionRanks(column);
                return [.. ranks.Select(r => (decimal?)r)];
        }

        for (var i = 0; i < column.Count; i++)
        {
            if (column[i] is not { } x)
            {
                continue;
            }

            result[i] = function switch
            {
                CohortFunction.Percentile => Percentile(present, x),
                CohortFunction.MinMax => max == min ? 1m : (x - min) / (max - min),
                _ => max <= 0m ? 0m : x / max,
            };
        }

        return result;
    }

    /// <summary>The mean of the present values, or null when there are none.</summary>
    public static decimal? MeanOf(IEnumerable<decimal?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        return present.Length == 0 ? null : Mean(present);
    }

    private static decimal?[] Fill(IReadOnlyList<decimal?> column, decimal value) =>
        [.. column.Select(v => v is null ? null : (decimal?)value)];

    private static decimal Mean(decimal[] values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    private static decimal Median(decimal[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2m;

    /// <summary>Share (0–100) of the other units with a lower value; 100 for a unit alone.</summary>
    private static decimal Percentile(decimal[] sorted, decimal x)
    {
        if (sorted.Length == 1)
        {
            return 100m;
        }

        var lower = LowerBound(sorted, x);
        return lower * 100m / (sorted.Length - 1);
    }

    private static int LowerBound(decimal[] sorted, decimal x)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < x)
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
