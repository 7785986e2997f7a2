using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;

namespace DtiRules.Analysis.Diff;

/// <summary>
/// Which node of the old edition is which node of the new one: the same id, or the id the new
/// edition renamed it to (following chains of renames).
/// </summary>
internal sealed class NodePairing
{
    private readonly Dictionary<string, NodeSymbol> _newById;
    private readonly Dictionary<NodeSymbol, NodeSymbol> _newOfOld = [];
    private readonly Dictionary<NodeSymbol, NodeSymbol> _oldOfNew = [];

    public NodePairing(BoundRuleset from, BoundRuleset to)
    {
        From = from;
        To = to;
        _newById = to.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        foreach (var old in from.Nodes)
        {
            if (_newById.TryGetValue(NewIdOf(old.Name), out var counterpart))
            {
                _newOfOld[old] = counterpart;
                _oldOfNew[counterpart] = old;
            }
        }
    }

    public BoundRuleset From { get; }

    public BoundRuleset To { get; }

    /// <summary>The id an old id has in the new edition: itself unless the new edition renamed it.</summary>
    public string NewIdOf(string oldId)
    {
        var id = oldId;
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (To.Aliases.TryGetValue(id, out var renamed) && seen.Add(renamed))
        {
            id = renamed;
        }

        return id;
    }

    /// <summary>The new edition's node for an old one, or null when it was removed.</summary>
    public NodeSymbol? NewOf(NodeSymbol old) => _newOfOld.GetValueOrDefault(old);

    /// <summary>The old edition's node for a new one, or null when it was added.</summary>
    public NodeSymbol? OldOf(NodeSymbol node) => _oldOfNew.GetValueOrDefault(node);

    /// <summary>The new edition's node with this id, or null.</summary>
    public NodeSymbol? FindNew(string id) => _newById.GetValueOrDefault(id);

    /// <summary>The main index a node sits in (the node itself for a main index).</summary>
    public static NodeSymbol MainIndexOf(NodeSymbol node)
    {
        var current = node;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }
}
