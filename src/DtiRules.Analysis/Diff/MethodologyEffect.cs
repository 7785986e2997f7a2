using DtiRules.Scoring;

namespace DtiRules.Analysis.Diff;

/// <summary>What a methodology change does to every unit: the same data scored under both editions.</summary>
/// <param name="OldIndex">The old edition's index id.</param>
/// <param name="NewIndex">The new edition's index id.</param>
/// <param name="Decimals">Decimals of the values shown: the larger of the two editions' rounding.</param>
/// <param name="Units">One row per unit, by rank under the new edition, then by name; units scored by only one edition last.</param>
public sealed record MethodologyEffect(string OldIndex, string NewIndex, int Decimals, IReadOnlyList<UnitEffect> Units)
{
    /// <summary>Pairs units of the two results by code and reads each one's index value and rank.</summary>
    public static MethodologyEffect Between(ScoringResult old, ScoringResult @new)
    {
        var oldByCode = Enumerable.Range(0, old.Units.Count).ToDictionary(u => old.Units[u].Code, StringComparer.Ordinal);
        var newCodes = @new.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var units = new List<UnitEffect>();
        foreach (var u in @new.UnitsByRank())
        {
            var unit = @new.Units[u];
            var (oldValue, oldRank) = oldByCode.TryGetValue(unit.Code, out var o) ? IndexOf(old, o) : (null, null);
            var (newValue, newRank) = IndexOf(@new, u);
            units.Add(new UnitEffect(unit.Code, unit.Name, oldValue, oldRank, newValue, newRank));
        }

        foreach (var u in old.UnitsByRank().Where(u => !newCodes.Contains(old.Units[u].Code)))
        {
            var (oldValue, oldRank) = IndexOf(old, u);
            units.Add(new UnitEffect(old.Units[u].Code, old.Units[u].Name, oldValue, oldRank, null, null));
        }

        return new MethodologyEffect(
            old.Ruleset.Index?.Name ?? string.Empty, @new.Ruleset.Index?.Name ?? string.Empty,
            Math.Max(old.Ruleset.Header.Rounding, @new.Ruleset.Header.Rounding), units);
    }

    private static (decimal? Value, int? Rank) IndexOf(ScoringResult result, int unit) =>
        result.Ruleset.Index is { } index ? (result.OutputValue(index, unit), result.Rank(index, unit)) : (null, null);
}
