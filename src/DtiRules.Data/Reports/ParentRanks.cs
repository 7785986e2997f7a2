using DtiRules.Language.Builtins;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>
/// Each unit's rank among the units with the same parent (hạng trong tỉnh): a competition rank on
/// the index's published value, like the overall rank.
/// </summary>
public static class ParentRanks
{
    /// <summary>True when some scored unit has a parent, so results show the parent and the rank within it.</summary>
    public static bool Apply(ScoringResult result) => result.Units.Any(u => u.Parent is not null);

    /// <summary>The rank within its parent of every unit, in the order of <see cref="ScoringResult.Units"/>; null for a unit without a parent or an index value.</summary>
    public static IReadOnlyList<int?> Of(ScoringResult result)
    {
        var ranks = new int?[result.Units.Count];
        if (result.Ruleset.Index is not { } index)
        {
            return ranks;
        }

        var siblings = Enumerable.Range(0, result.Units.Count)
            .Where(u => result.Units[u].Parent is not null)
            .GroupBy(u => result.Units[u].Parent!.Code, StringComparer.Ordinal);
        foreach (var group in siblings)
        {
            var members = group.ToList();
            var groupRanks = Ranking.CompetitionRanks([.. members.Select(u => result.OutputValue(index, u))]);
            for (var i = 0; i < members.Count; i++)
            {
                ranks[members[i]] = groupRanks[i];
            }
        }

        return ranks;
    }
}
