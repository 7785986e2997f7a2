namespace DtiRules.Language.Binding.Symbols;

/// <summary>What happens when a unit's data for an input or node is missing.</summary>
public enum MissingPolicy
{
    /// <summary>Report an error naming the node and the units.</summary>
    Error,

    /// <summary>Use 0.</summary>
    Zero,

    /// <summary>Leave the node out and rescale its parent over the available children.</summary>
    Exclude,

    /// <summary>Use the mean over the units that have a value.</summary>
    Mean,
}
