using System.Globalization;

namespace DtiRules.Analysis.Snapshots;

/// <summary>
/// The differences between a stored snapshot and a new one, in words a reviewer reads:
/// rank moves on the index with its value ("Bắc Giang 9 → 14 (−5), DTI 0.6512 → 0.6321"), then
/// changed values. Passes when no rank moves more than allowed and no value moves more than the tolerance.
/// </summary>
public sealed class SnapshotComparison
{
    private SnapshotComparison(IReadOnlyList<string> rankMoves, IReadOnlyList<string> valueChanges, IReadOnlyList<string> unitChanges, bool passed)
    {
        RankMoves = rankMoves;
        ValueChanges = valueChanges;
        UnitChanges = unitChanges;
        Passed = passed;
    }

    /// <summary>Units whose rank on the first ranked output moved, biggest moves first.</summary>
    public IReadOnlyList<string> RankMoves { get; }

    /// <summary>Changed values and points, in snapshot order.</summary>
    public IReadOnlyList<string> ValueChanges { get; }

    /// <summary>Units present in only one of the two snapshots.</summary>
    public IReadOnlyList<string> UnitChanges { get; }

    /// <summary>True when the new snapshot is within the allowed differences.</summary>
    public bool Passed { get; }

    /// <summary>Compares <paramref name="stored"/> with <paramref name="current"/>.</summary>
    /// <param name="stored">The snapshot kept in the repository.</param>
    /// <param name="current">The snapshot of the current ruleset and data.</param>
    /// <param name="tolerance">Largest accepted change of a value or points.</param>
    /// <param name="maxRankMove">Largest accepted rank move on any ranked output.</param>
    public static SnapshotComparison Compare(ResultSnapshot stored, ResultSnapshot current, decimal tolerance, int maxRankMove)
    {
        var before = stored.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var after = current.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var unitChanges = stored.Units.Where(u => !after.ContainsKey(u.Code)).Select(u => $"{u.Name} is no longer scored")
            .Concat(current.Units.Where(u => !before.ContainsKey(u.Code)).Select(u => $"{u.Name} is new"))
            .ToList();
        var moves = new List<(int Size, string Text)>();
        var values = new List<string>();
        var passed = unitChanges.Count == 0;
        foreach (var unit in current.Units.Where(u => before.ContainsKey(u.Code)))
        {
            var old = before[unit.Code];
            foreach (var rank in unit.Ranks)
            {
                var oldRank = old.Ranks.FirstOrDefault(r => r.Id == rank.Id);
                if (oldRank is null || oldRank.Text == rank.Text)
                {
                    continue;
                }

                var move = Move(oldRank.Text, rank.Text);
                passed &= move is { } m && Math.Abs(m) <= maxRankMove;
                if (rank == unit.Ranks[0])
                {
                    moves.Add((Math.Abs(move ?? int.MaxValue), RankMove(unit, old, rank, oldRank.Text, move)));
                }
            }

            foreach (var value in unit.Values)
            {
                var oldValue = old.Values.FirstOrDefault(v => v.Kind == value.Kind && v.Id == value.Id);
                if (oldValue?.Text == value.Text)
                {
                    continue;
                }

                values.Add($"{unit.Name} {value.Id}: {oldValue?.Text ?? "(absent)"} → {value.Text}");
                passed &= oldValue is not null && WithinTolerance(oldValue.Text, value.Text, tolerance);
            }
        }

        return new SnapshotComparison([.. moves.OrderByDescending(m => m.Size).Select(m => m.Text)], values, unitChanges, passed);
    }

    private static string RankMove(SnapshotUnit unit, SnapshotUnit old, SnapshotEntry rank, string oldRank, int? move)
    {
        var shift = move is { } m ? $" ({(m > 0 ? "+" : m < 0 ? "−" : string.Empty)}{Math.Abs(m).ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        var oldValue = old.Values.FirstOrDefault(v => v.Kind == "output" && v.Id == rank.Id)?.Text;
        var newValue = unit.Values.FirstOrDefault(v => v.Kind == "output" && v.Id == rank.Id)?.Text;
        var value = oldValue is null || newValue is null ? string.Empty : $", {rank.Id.ToUpperInvariant()} {oldValue} → {newValue}";
        return $"{unit.Name} {oldRank} → {rank.Text}{shift}{value}";
    }

    /// <summary>Places gained (positive) or lost; null when either side has no rank.</summary>
    private static int? Move(string oldRank, string newRank) =>
        int.TryParse(oldRank, CultureInfo.InvariantCulture, out var o) && int.TryParse(newRank, CultureInfo.InvariantCulture, out var n) ? o - n : null;

    private static bool WithinTolerance(string oldText, string newText, decimal tolerance)
    {
        var oldParts = oldText.Split(' ');
        var newParts = newText.Split(' ');
        return oldParts.Length == newParts.Length && oldParts.Zip(newParts).All(p =>
            p.First == p.Second
            || (decimal.TryParse(p.First, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && decimal.TryParse(p.Second, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
                && Math.Abs(a - b) <= tolerance));
    }
}
