namespace DtiRules.Benchmarks;

/// <summary>What the baselines share: ranks as the DTI publishes them, on values rounded half away from zero.</summary>
internal static class Baselines
{
    public static int[] CompetitionRanks(decimal[] values, int decimals)
    {
        var rounded = values.Select(v => Math.Round(v, decimals, MidpointRounding.AwayFromZero)).ToArray();
        var sorted = rounded.OrderDescending().ToArray();
        var ranks = new int[rounded.Length];
        for (var i = 0; i < rounded.Length; i++)
        {
            // Binary search for the number of values greater than this one in the descending order.
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (sorted[mid] > rounded[i])
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            ranks[i] = low + 1;
        }

        return ranks;
    }
}
