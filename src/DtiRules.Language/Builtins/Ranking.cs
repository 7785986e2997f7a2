
namespace DtiRules.Language.Builtins;

/// <summary>Competition ranking, as the DTI publishes it: ties share a rank and the next is skipped (15, 15, 17).</summary>
public static class Ranking
{
    /// <summary>Ranks from the highest value (rank 1); missing values get no rank.</summary>
    public static int?[] CompetitionRanks(IReadOnlyList<decimal?> values) => CompetitionRanks(values as Column ?? Column.From(values));

    /// <summary>Ranks from the highest value (rank 1); units without a value get no rank.</summary>
    public static int?[] CompetitionRanks(Column values)
    {
        var sample = CohortSample.Of(values);
        var ranks = new int?[values.Count];
        for (var u = 0; u < values.Count; u++)
        {
            if (values.Present[u])
            {
                ranks[u] = 1 + sample.CountAbove(values.Values[u]);
            }
        }

        return ranks;
    }
}
