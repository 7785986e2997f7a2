namespace DtiRules.Analysis.Diff;

/// <summary>Where a main index's max points came from and went between two editions.</summary>
/// <param name="Id">The main index's id in the new edition (in the old one when it was removed).</param>
/// <param name="OldTotal">Its max points in the old edition, or null when it is new.</param>
/// <param name="NewTotal">Its max points in the new edition, or null when it was removed.</param>
internal sealed record MainIndexLedger(string Id, decimal? OldTotal, decimal? NewTotal)
{
    /// <summary>Nodes moved in: the main index they came from, the node, the points they carried.</summary>
    public List<(string MainIndex, string Node, decimal Points)> MovedIn { get; } = [];

    /// <summary>Nodes moved out: the main index they went to, the node, the points they carried.</summary>
    public List<(string MainIndex, string Node, decimal Points)> MovedOut { get; } = [];

    /// <summary>Added nodes (the topmost of each added subtree) and their points.</summary>
    public List<(string Node, decimal Points)> Added { get; } = [];

    /// <summary>Removed nodes (the topmost of each removed subtree) and their points.</summary>
    public List<(string Node, decimal Points)> Removed { get; } = [];

    /// <summary>The part of the change that no move, addition or removal explains: changed max points.</summary>
    public decimal Reweighted =>
        (NewTotal ?? 0m) - (OldTotal ?? 0m)
        - Added.Sum(a => a.Points) + Removed.Sum(r => r.Points)
        - MovedIn.Sum(m => m.Points) + MovedOut.Sum(m => m.Points);

    /// <summary>True when the total changed or points crossed to or from another main index.</summary>
    public bool HasChanged =>
        (OldTotal ?? 0m) != (NewTotal ?? 0m) || MovedIn.Exists(m => m.Points != 0m) || MovedOut.Exists(m => m.Points != 0m);
}
