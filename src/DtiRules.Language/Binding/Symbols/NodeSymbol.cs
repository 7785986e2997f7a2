using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>A scored node of the tree. Built by the binder and read-only afterwards.</summary>
public sealed class NodeSymbol : ISymbol
{
    private readonly List<NodeSymbol> _children = [];

    internal NodeSymbol(string name, string label, decimal maxPoints, NodeSymbol? parent, SourceLocation location, int ordinal)
    {
        Name = name;
        Label = label;
        MaxPoints = maxPoints;
        Parent = parent;
        Location = location;
        Ordinal = ordinal;
        Depth = parent is null ? 0 : parent.Depth + 1;
        parent?._children.Add(this);
    }

    /// <summary>The node id.</summary>
    public string Name { get; }

    /// <summary>The Vietnamese label.</summary>
    public string Label { get; }

    /// <summary>Max points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The parent, or null for a top-level node (a main index).</summary>
    public NodeSymbol? Parent { get; }

    /// <summary>Child nodes in written order.</summary>
    public IReadOnlyList<NodeSymbol> Children => _children;

    /// <summary>0 for a top-level node.</summary>
    public int Depth { get; }

    /// <summary>Position in the pre-order list of all nodes.</summary>
    public int Ordinal { get; }

    /// <summary>Where it is declared.</summary>
    public SourceLocation Location { get; }

    /// <summary>The group tag, or empty.</summary>
    public string Group { get; internal set; } = string.Empty;

    /// <summary>The provenance clause, or null when the node states none.</summary>
    public Provenance? Provenance { get; internal set; }

    /// <summary>The policy written on this node, or null.</summary>
    public MissingPolicy? OwnPolicy { get; internal set; }

    /// <summary>The policy in force: own, else the nearest ancestor's, else the ruleset's.</summary>
    public MissingPolicy Policy { get; internal set; }

    /// <summary>The explicit formula, or null for a node that sums its children.</summary>
    public BoundExpression? Formula { get; internal set; }

    /// <summary>
    /// The points the checker proves the node earns (its formula's range held to 0..max, or its
    /// children's added up); null when a formula has errors.
    /// </summary>
    public Analysis.ProvenRange? ProvenPoints { get; internal set; }

    /// <summary>True when the node is worth no points (collected, not scored).</summary>
    public bool IsUnscored => MaxPoints == 0m;

    /// <summary>True for a node without children.</summary>
    public bool IsLeaf => _children.Count == 0;

    /// <summary>The id path from the top, e.g. <c>nhan_thuc_so/nt_01</c>.</summary>
    public string Path => Parent is null ? Name : $"{Parent.Path}/{Name}";

    /// <summary>True when <paramref name="node"/> is this node or one of its ancestors.</summary>
    public bool IsSelfOrDescendantOf(NodeSymbol node)
    {
        for (var current = this; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, node))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
