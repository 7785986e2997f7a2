using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Language.Evaluation;

/// <summary>
/// Numbers every formula of a ruleset for <see cref="IFormulaEvaluator"/>: node formulas by the
/// node's ordinal, then outputs by ordinal, then input mappings in written order.
/// </summary>
public static class FormulaNumbers
{
    /// <summary>The number of <paramref name="node"/>'s formula.</summary>
    public static int Node(NodeSymbol node) => node.Ordinal;

    /// <summary>The number of <paramref name="output"/>'s formula.</summary>
    public static int Output(BoundRuleset ruleset, OutputSymbol output) => ruleset.Nodes.Count + output.Ordinal;

    /// <summary>The number of the formula of the mapping at <paramref name="mappingIndex"/> in <see cref="BoundRuleset.Mappings"/>.</summary>
    public static int Mapping(BoundRuleset ruleset, int mappingIndex) => ruleset.Nodes.Count + ruleset.Outputs.Count + mappingIndex;
}
