namespace DtiRules.Analysis.Reconciliation;

/// <summary>The text kept beside each unit's lines: headers, and each (unit index, node id)'s texts under them.</summary>
/// <param name="Headers">The headers, in order.</param>
/// <param name="Texts">The texts of a unit (by its position in the scored data) and node id, or null when there are none.</param>
public sealed record ReconciliationNotes(IReadOnlyList<string> Headers, Func<int, string, IReadOnlyList<string>?> Texts)
{
    /// <summary>No text beside any line.</summary>
    public static ReconciliationNotes None { get; } = new([], (_, _) => null);
}
