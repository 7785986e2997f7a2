namespace DtiRules.Language.Syntax.Nodes;

/// <summary>Where a node's definition comes from.</summary>
public enum ProvenanceKind
{
    /// <summary>From the decision text or reproduced from published numbers.</summary>
    Documented,

    /// <summary>Written to the known scoring families because the official text is not available.</summary>
    Assumed,
}
