using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Editions;

/// <summary>A node of an edition being resolved: its own clauses, and children that can be moved.</summary>
internal sealed class WorkingNode(NodeDeclarationSyntax syntax)
{
    /// <summary>The node with its clauses but without child nodes.</summary>
    public NodeDeclarationSyntax Syntax { get; set; } = syntax with { Items = [.. syntax.Items.Where(i => i is not NodeDeclarationSyntax)] };

    public WorkingNode? Parent { get; set; }

    public List<WorkingNode> Children { get; } = [];

    public string Name => Syntax.Name.Name;

    /// <summary>Builds the node's working tree from its syntax.</summary>
    public static WorkingNode From(NodeDeclarationSyntax syntax, WorkingNode? parent)
    {
        var node = new WorkingNode(syntax) { Parent = parent };
        node.Children.AddRange(syntax.Items.OfType<NodeDeclarationSyntax>().Select(child => From(child, node)));
        return node;
    }

    /// <summary>The node and everything below it, parents first.</summary>
    public IEnumerable<WorkingNode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    /// <summary>Back to syntax: the node's clauses, then its children.</summary>
    public NodeDeclarationSyntax ToSyntax() => Syntax with { Items = [.. Syntax.Items, .. Children.Select(c => c.ToSyntax())] };
}
