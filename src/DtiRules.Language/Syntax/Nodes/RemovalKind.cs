namespace DtiRules.Language.Syntax.Nodes;

/// <summary>What a <c>remove</c> declaration removes.</summary>
public enum RemovalKind
{
    /// <summary>Nodes, with everything below them.</summary>
    Node,

    /// <summary>Inputs.</summary>
    Input,

    /// <summary>Outputs.</summary>
    Output,
}
