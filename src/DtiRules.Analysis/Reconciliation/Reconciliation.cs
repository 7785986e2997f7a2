namespace DtiRules.Analysis.Reconciliation;

/// <summary>Two rounds of one assessment compared for every unit.</summary>
/// <param name="RoundIds">The two rounds, first then second (differences are second minus first).</param>
/// <param name="NoteHeaders">The headers of the text kept beside each line.</param>
/// <param name="Units">Each unit, in data order.</param>
public sealed record Reconciliation(IReadOnlyList<string> RoundIds, IReadOnlyList<string> NoteHeaders, IReadOnlyList<UnitReconciliation> Units)
{
    /// <summary>The units, the largest gap first (points lost and gained), then data order.</summary>
    public IReadOnlyList<UnitReconciliation> UnitsByGap => [.. Units.OrderByDescending(u => u.GapSize)];
}
