using DtiRules.Scoring;

namespace DtiRules.Analysis.Attribution;

/// <summary>A what-if compared with the data as it was: every unit's index and rank before and after, and each node that moved for the units whose values were set.</summary>
public sealed class WhatIfOutcome
{
    private WhatIfOutcome(ScoringResult before, ScoringResult after, IReadOnlyList<WhatIfUnit> units)
    {
        Before = before;
        After = after;
        Units = units;
    }

    /// <summary>The data as it was, scored.</summary>
    public ScoringResult Before { get; }

    /// <summary>The data with the settings, scored.</summary>
    public ScoringResult After { get; }

    /// <summary>One entry per unit, in rank order after.</summary>
    public IReadOnlyList<WhatIfUnit> Units { get; }

    /// <summary>Compares two scorings of the same units; <paramref name="setCodes"/> are the codes of the units whose values were set.</summary>
    public static WhatIfOutcome Compare(ScoringResult before, ScoringResult after, IReadOnlySet<string> setCodes)
    {
        var index = after.Ruleset.Index;
        var units = after.UnitsByRank().Select(u =>
        {
            var nodes = setCodes.Contains(after.Units[u].Code)
                ? after.Ruleset.Nodes
                    .Where(n => !n.IsUnscored && before.Points(n, u) != after.Points(n, u))
                    .Select(n => new WhatIfNode(n, before.NodeValue(n, u), after.NodeValue(n, u), before.Points(n, u), after.Points(n, u)))
                    .ToList()
                : [];
            return new WhatIfUnit(
                after.Units[u], u, setCodes.Contains(after.Units[u].Code),
                index is null ? null : before.OutputValue(index, u), index is null ? null : after.OutputValue(index, u),
                index is null ? null : before.Rank(index, u), index is null ? null : after.Rank(index, u), nodes);
        }).ToList();
        return new WhatIfOutcome(before, after, units);
    }
}
