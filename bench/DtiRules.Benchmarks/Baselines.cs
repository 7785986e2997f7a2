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
            var greater = 0;
            while (greater < sorted.Length && sorted[greater] > rounded[i])
            {
                greater++;
            }

            ranks[i] = greater + 1;
        }

        return ranks;
    }
}
