using DtiRules.Scoring;

namespace DtiRules.Analysis.Attribution;

/// <summary>One unit in a what-if.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Position">Its position in both scorings.</param>
/// <param name="IsSet">True when some of its values were set.</param>
/// <param name="ValueBefore">The index before.</param>
/// <param name="ValueAfter">The index after.</param>
/// <param name="RankBefore">The rank before.</param>
/// <param name="RankAfter">The rank after.</param>
/// <param name="Nodes">For a unit whose values were set, each node whose points changed, in tree order.</param>
public sealed record WhatIfUnit(
    UnitIdentity Unit, int Position, bool IsSet, decimal? ValueBefore, decimal? ValueAfter, int? RankBefore, int? RankAfter, IReadOnlyList<WhatIfNode> Nodes);
