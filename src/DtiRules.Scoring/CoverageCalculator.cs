using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;

namespace DtiRules.Scoring;

/// <summary>
/// Works out a run's coverage: a node's points count as data-backed when it was given, or when it
/// was computed without falling to a policy and none of the inputs it reads was missing or imputed.
/// </summary>
internal static class CoverageCalculator
{
    private const CellFlags NotFromData = CellFlags.Missing | CellFlags.Imputed | CellFlags.Failed;

    public static CoverageReport Compute(BoundRuleset ruleset, int unitCount, CellFlagColumn[] nodeFlags, CellFlagColumn[] inputFlags)
    {
        var inputsRead = ruleset.Nodes.ToDictionary(n => n, n => n.Formula is null ? [] : InputsRead(n.Formula));
        var perUnit = new decimal[unitCount];
        for (var u = 0; u < unitCount; u++)
        {
            var covered = ruleset.Roots.Sum(r => Covered(r, u, nodeFlags, inputFlags, inputsRead));
            perUnit[u] = ruleset.Header.Scale == 0m ? 0m : covered / ruleset.Header.Scale;
        }

        var policyNodes = ruleset.Nodes
            .Select(n => (Node: n, Units: Enumerable.Range(0, unitCount).Count(u => (nodeFlags[n.Ordinal][u] & (CellFlags.Missing | CellFlags.Imputed)) != 0)))
            .Where(p => p.Units > 0)
            .ToList();
        var share = unitCount == 0 ? 0m : perUnit.Sum() / unitCount;
        return new CoverageReport(share, perUnit, policyNodes);
    }

    private static decimal Covered(
        NodeSymbol node, int unit, CellFlagColumn[] nodeFlags, CellFlagColumn[] inputFlags, Dictionary<NodeSymbol, List<InputSymbol>> inputsRead)
    {
        var flags = nodeFlags[node.Ordinal][unit];
        if (node.IsUnscored || (flags & NotFromData) != 0)
        {
            return 0m;
        }

        if (flags.HasFlag(CellFlags.Given))
        {
            return node.MaxPoints;
        }

        if (node.Formula is null)
        {
            return node.Children.Sum(c => Covered(c, unit, nodeFlags, inputFlags, inputsRead));
        }

        return inputsRead[node].Any(i => (inputFlags[i.Ordinal][unit] & NotFromData) != 0) ? 0m : node.MaxPoints;
    }

    private static List<InputSymbol> InputsRead(BoundExpression formula) =>
        [.. BoundTreeChildren.DescendantsAndSelf(formula).OfType<BoundInputReference>().Select(r => r.Input)];
}
