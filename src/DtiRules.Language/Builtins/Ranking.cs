namespace DtiRules.Language.Builtins;

/// <summary>Competition ranking, as the DTI publishes it: ties share a rank and the next is skipped (15, 15, 17).</summary>
public static class Ranking
{
    /// <summary>Ranks from the highest value (rank 1); missing values get no rank.</summary>
    public static int?[] CompetitionRanks(IReadOnlyList<decimal?> values)
    {
        var ranks = new int?[values.Count];
        var present = values.Where(v => v is not null).Select(v => v!.Value).OrderDescending().ToArray();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } x)
            {
                ranks[i] = 1 + CountGreater(present, x);
            }
        }

        return ranks;
    }

    private static int CountGreater(decimal[] descending, decimal x)
    {
        int low = 0, high = descending.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (descending[mid] > x)
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
