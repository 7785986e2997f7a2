using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Scoring;

/// <summary>What a formula reads: the ordinals of the inputs, nodes and outputs it names, and whether it reads <c>total</c>.</summary>
/// <param name="Inputs">Ordinals of the inputs read.</param>
/// <param name="Nodes">Ordinals of the nodes read.</param>
/// <param name="Outputs">Ordinals of the outputs read.</param>
/// <param name="Total">True when the formula reads <c>total</c>.</param>
internal sealed record FormulaReads(int[] Inputs, int[] Nodes, int[] Outputs, bool Total)
{
    /// <summary>A formula that reads nothing (or no formula).</summary>
    public static FormulaReads Nothing { get; } = new([], [], [], false);

    /// <summary>What <paramref name="formula"/> reads, its cohort calls' arguments included.</summary>
    public static FormulaReads Of(BoundExpression formula)
    {
        var expressions = BoundTreeChildren.DescendantsAndSelf(formula).ToList();
        return new FormulaReads(
            [.. expressions.OfType<BoundInputReference>().Select(r => r.Input.Ordinal).Distinct()],
            [.. expressions.OfType<BoundNodeReference>().Select(r => r.Node.Ordinal).Distinct()],
            [.. expressions.OfType<BoundOutputReference>().Select(r => r.Output.Ordinal).Distinct()],
            expressions.OfType<BoundTotal>().Any());
    }
}
