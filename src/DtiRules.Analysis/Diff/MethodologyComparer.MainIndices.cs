using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding.Symbols;
using static DtiRules.Analysis.Resources.DiffText;

namespace DtiRules.Analysis.Diff;

public static partial class MethodologyComparer
{
    /// <summary>
    /// One summary per main index whose total changed or that traded points with another main
    /// index: the totals, and the moves, additions, removals and re-weightings that explain them.
    /// </summary>
    private static IEnumerable<MethodologyChange> MainIndexChanges(NodePairing pairing)
    {
        var ledgers = new Dictionary<string, MainIndexLedger>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in pairing.To.Roots)
        {
            ledgers[root.Name] = new MainIndexLedger(root.Name, pairing.OldOf(root) is { Parent: null } old ? old.MaxPoints : null, root.MaxPoints);
            labels[root.Name] = root.Label;
        }

        foreach (var root in pairing.From.Roots)
        {
            var id = pairing.NewIdOf(root.Name);
            if (!ledgers.ContainsKey(id))
            {
                ledgers[id] = new MainIndexLedger(id, root.MaxPoints, null);
                labels[id] = root.Label;
            }
        }

        // A main index's own points are what it holds, so only nodes below one are counted as added or removed.
        foreach (var node in pairing.To.Nodes)
        {
            var mainIndex = NodePairing.MainIndexOf(node).Name;
            if (pairing.OldOf(node) is not { } old)
            {
                if (node.Parent is { } parent && (parent.Parent is null || pairing.OldOf(parent) is not null))
                {
                    ledgers[mainIndex].Added.Add((node.Name, node.MaxPoints));
                }

                continue;
            }

            // Only a node whose own parent changed carries points across; below it, its subtree went along.
            var oldMainIndex = pairing.NewIdOf(NodePairing.MainIndexOf(old).Name);
            var moved = (old.Parent is { } p ? pairing.NewIdOf(p.Name) : null) != node.Parent?.Name;
            if (moved && oldMainIndex != mainIndex)
            {
                ledgers[mainIndex].MovedIn.Add((oldMainIndex, node.Name, old.MaxPoints));
                ledgers[oldMainIndex].MovedOut.Add((mainIndex, node.Name, old.MaxPoints));
            }
        }

        foreach (var old in pairing.From.Nodes.Where(n => pairing.NewOf(n) is null))
        {
            if (old.Parent is { } parent && (parent.Parent is null || pairing.NewOf(parent) is not null))
            {
                ledgers[pairing.NewIdOf(NodePairing.MainIndexOf(old).Name)].Removed.Add((old.Name, old.MaxPoints));
            }
        }

        return ledgers.Values.Where(l => l.HasChanged).Select(l => MainIndexChange(l, labels));
    }

    private static MethodologyChange MainIndexChange(MainIndexLedger ledger, IReadOnlyDictionary<string, string> labels)
    {
        var parts = new List<Phrase>();
        parts.AddRange(ledger.MovedIn.Where(m => m.Points != 0m).GroupBy(m => m.MainIndex).Select(g =>
            Say(nameof(PointsMovedIn), Signed(g.Sum(m => m.Points)), g.Key, labels[g.Key], string.Join(", ", g.Select(m => m.Node)))));
        parts.AddRange(ledger.MovedOut.Where(m => m.Points != 0m).GroupBy(m => m.MainIndex).Select(g =>
            Say(nameof(PointsMovedOut), Signed(-g.Sum(m => m.Points)), g.Key, labels[g.Key], string.Join(", ", g.Select(m => m.Node)))));
        if (ledger.Added.Sum(a => a.Points) is var added and not 0m)
        {
            parts.Add(Say(nameof(PointsInAddedNodes), Signed(added), string.Join(", ", ledger.Added.Select(a => a.Node))));
        }

        if (ledger.Removed.Sum(r => r.Points) is var removed and not 0m)
        {
            parts.Add(Say(nameof(PointsInRemovedNodes), Signed(-removed), string.Join(", ", ledger.Removed.Select(r => r.Node))));
        }

        if (ledger.Reweighted != 0m)
        {
            parts.Add(Say(nameof(PointsFromChangedMax), Signed(ledger.Reweighted)));
        }

        var (old, @new) = (TotalText(ledger.OldTotal), TotalText(ledger.NewTotal));
        var subject = $"{ledger.Id} '{labels[ledger.Id]}'";
        var description = (ledger.OldTotal, ledger.NewTotal) switch
        {
            (null, _) => Say(nameof(MainIndexNew), subject, Phrase.Number(@new)),
            (_, null) => Say(nameof(MainIndexNoLonger), subject, Phrase.Number(old)),
            _ => Say(nameof(MainIndexTotalChanged), subject, Phrase.Number(old), Phrase.Number(@new)),
        };
        return new MethodologyChange(
            ChangeKind.MainIndexPointsChanged, ledger.Id, ledger.Id, old, @new,
            parts.Count == 0 ? description : Phrase.Join(": ", [description, Phrase.Join("; ", parts)]));
    }

    private static string TotalText(decimal? total) => total is { } t ? Number(t) : string.Empty;

    private static Phrase Signed(decimal points) => Phrase.Number(points >= 0m ? "+" + Number(points) : Number(points));
}
