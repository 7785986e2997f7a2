namespace DtiRules.Analysis.Explain;

/// <summary>What an entry of an explanation stands for.</summary>
public enum ExplainedNodeKind
{
    /// <summary>The headline index.</summary>
    Index,

    /// <summary>Another published output (a pillar).</summary>
    Output,

    /// <summary>A node of the tree: a main index, a group or a component.</summary>
    Node,
}
