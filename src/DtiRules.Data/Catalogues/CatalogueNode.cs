using DtiRules.Language.Text;

namespace DtiRules.Data.Catalogues;

/// <summary>A group or criterion of a catalogue: a ruleset node to be.</summary>
public sealed class CatalogueNode
{
    private readonly List<CatalogueNode> _children = [];

    /// <summary>Creates a node; its max is set once its children are known.</summary>
    public CatalogueNode(string id, string code, string text, SourceLocation location)
    {
        Id = id;
        Code = code;
        Text = text;
        Location = location;
    }

    /// <summary>The ruleset id: <c>c_4_12</c> for code <c>4.12</c>, <c>g_ii</c> for <c>II</c>, <c>g_3</c> for the third group without a code.</summary>
    public string Id { get; }

    /// <summary>The code as normalised, or empty.</summary>
    public string Code { get; }

    /// <summary>The criterion or group text, on one line, without the code.</summary>
    public string Text { get; }

    /// <summary>The label the ruleset gives it: the code, a space and the text.</summary>
    public string Label => Code.Length == 0 ? Text : Text.Length == 0 ? Code : $"{Code} {Text}";

    /// <summary>Where its row is.</summary>
    public SourceLocation Location { get; }

    /// <summary>Its max points: as written for a criterion, the sum of its children for a group.</summary>
    public decimal Max { get; internal set; }

    /// <summary>The nodes under it, in sheet order.</summary>
    public IReadOnlyList<CatalogueNode> Children => _children;

    /// <summary>True for a criterion (no children).</summary>
    public bool IsLeaf => _children.Count == 0;

    /// <summary>The id of the input that carries its points in the data: <c>p_4_12</c> for <c>c_4_12</c>.</summary>
    public string InputId => Id.StartsWith("c_", StringComparison.Ordinal) ? "p_" + Id[2..] : "p_" + Id;

    internal void Add(CatalogueNode child) => _children.Add(child);

    /// <summary>This node and every node under it, parents first.</summary>
    public IEnumerable<CatalogueNode> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}
