namespace DtiRules.Analysis.Attribution;

/// <summary>
/// One quantity in the four states of an edition comparison: the old rules (A) and the new rules
/// (B), each on the old data and on the new data.
/// </summary>
/// <typeparam name="T">The quantity: an index value, a rank.</typeparam>
/// <param name="OldRulesOldData">A on OLD: where the change starts.</param>
/// <param name="OldRulesNewData">A on NEW: only the data changed.</param>
/// <param name="NewRulesOldData">B on OLD: only the rules changed.</param>
/// <param name="NewRulesNewData">B on NEW: where the change ends.</param>
public sealed record FourStates<T>(T OldRulesOldData, T OldRulesNewData, T NewRulesOldData, T NewRulesNewData);
