using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Language.Binding;

/// <summary>One step of the evaluation order: a node or an output, computed for every unit at once.</summary>
/// <param name="Node">The node, or null for an output step.</param>
/// <param name="Output">The output, or null for a node step.</param>
public sealed record EvaluationStep(NodeSymbol? Node, OutputSymbol? Output)
{
    /// <summary>The id of the node or output.</summary>
    public string Name => Node?.Name ?? Output!.Name;
}
