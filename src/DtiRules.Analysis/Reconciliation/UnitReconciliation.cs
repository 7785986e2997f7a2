using DtiRules.Analysis.Wording;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Reconciliation;

/// <summary>Two rounds of one unit compared: the index, every group, every criterion by the size of its gap, counts and a summary.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Index">The index row: total points, and as value effect the change of the published 0–1 value.</param>
/// <param name="Values">The published 0–1 index value in each round.</param>
/// <param name="Ranks">The unit's rank in each round; null in a round where it has none.</param>
/// <param name="Groups">Every group, in tree order.</param>
/// <param name="Criteria">Every criterion, the largest gap first (then tree order); criteria without points in a round last.</param>
/// <param name="Paragraph">One paragraph saying what changed and where, in either language.</param>
public sealed record UnitReconciliation(
    UnitIdentity Unit,
    ReconciliationRow Index,
    IReadOnlyList<decimal?> Values,
    IReadOnlyList<int?> Ranks,
    IReadOnlyList<ReconciliationRow> Groups,
    IReadOnlyList<ReconciliationRow> Criteria,
    Phrase Paragraph)
{
    /// <summary>The paragraph in the current display language (English for CSV and JSON, which write under it).</summary>
    public string Summary => Paragraph.ToString();

    /// <summary>How many criteria have different points in the two rounds.</summary>
    public int CriteriaDiffering => Criteria.Count(c => c.Differs);

    /// <summary>The points the second round takes away, summed over criteria (positive).</summary>
    public decimal PointsLost => -Criteria.Where(c => c.Difference < 0m).Sum(c => c.Difference!.Value);

    /// <summary>The points the second round adds, summed over criteria.</summary>
    public decimal PointsGained => Criteria.Where(c => c.Difference > 0m).Sum(c => c.Difference!.Value);

    /// <summary>How many criteria lack points in a round.</summary>
    public int CriteriaMissing => Criteria.Count(c => c.Difference is null);

    /// <summary>The places the unit moves from the first round to the second (positive: up, as rank shifts are written elsewhere); null when either rank is missing.</summary>
    public int? RankEffect => Ranks is [{ } first, { } second] ? first - second : null;

    /// <summary>The size of the unit's gap: the points lost and gained together.</summary>
    public decimal GapSize => PointsLost + PointsGained;
}
