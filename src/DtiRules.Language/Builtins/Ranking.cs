namespace DtiRules.Language.Builtins;

/// <summary>Competition ranking, as the DTI publishes it: ties share a rank and the next is skipped (15, 15, 17).</summary>
public static class Ranking
{
    /// <summary>Ranks from the highest value (rank 1); missing values get no rank.</summary>
    public static int?[] CompetitionRanks(IReadOnlyList<decimal?> values)
    {
        var sample = CohortSample.Of(values);
        var ranks = new int?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } x)
            {
                ranks[i] = 1 + sample.CountAbove(x);
            }
        }

        return ranks;
    }
}
