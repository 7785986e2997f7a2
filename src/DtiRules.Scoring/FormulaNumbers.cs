using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;

namespace DtiRules.Scoring;

/// <summary>
/// Numbers every formula of a ruleset for <see cref="IColumnEvaluator"/>: node formulas by the
/// node's ordinal, then outputs by ordinal, then input mappings in written order, then the
/// arguments of cohort calls by slot.
/// </summary>
public static class FormulaNumbers
{
    /// <summary>The number of <paramref name="node"/>'s formula.</summary>
    public static int Node(NodeSymbol node) => node.Ordinal;

    /// <summary>The number of <paramref name="output"/>'s formula.</summary>
    public static int Output(BoundRuleset ruleset, OutputSymbol output) => ruleset.Nodes.Count + output.Ordinal;

    /// <summary>The number of the formula of the mapping at <paramref name="mappingIndex"/> in <see cref="BoundRuleset.Mappings"/>.</summary>
    public static int Mapping(BoundRuleset ruleset, int mappingIndex) => ruleset.Nodes.Count + ruleset.Outputs.Count + mappingIndex;

    /// <summary>The number of the argument of the cohort call in <paramref name="slot"/>.</summary>
    public static int CohortArgument(BoundRuleset ruleset, int slot) => ruleset.Nodes.Count + ruleset.Outputs.Count + ruleset.Mappings.Count + slot;

    /// <summary>How many numbers the ruleset uses (some, for nodes that sum their children, have no formula).</summary>
    public static int Count(BoundRuleset ruleset) => CohortArgument(ruleset, ruleset.CohortSlotCount);
}
