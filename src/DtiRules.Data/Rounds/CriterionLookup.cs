using DtiRules.Analysis.Reconciliation;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Data.Rounds;

/// <summary>Finds a ruleset's node from a code as a sheet writes it (<c>4.12</c>, <c>II</c>), the code at the start of its label, or its id.</summary>
public sealed class CriterionLookup
{
    private readonly BoundRuleset _ruleset;
    private readonly Dictionary<string, NodeSymbol> _byLabelCode = new(StringComparer.Ordinal);

    /// <summary>Indexes the nodes of <paramref name="ruleset"/>.</summary>
    public CriterionLookup(BoundRuleset ruleset)
    {
        _ruleset = ruleset;
        foreach (var node in ruleset.Nodes)
        {
            if (CriterionCode.InLabel(node.Label) is { } code)
            {
                _byLabelCode.TryAdd(code, node);
            }
        }
    }

    /// <summary>The node <paramref name="written"/> names, or null.</summary>
    public NodeSymbol? Find(string written)
    {
        var trimmed = written.Trim();
        if (CriterionCode.Normalise(trimmed) is { } code)
        {
            return _ruleset.FindNode(CriterionCode.ToId(code)) ?? _byLabelCode.GetValueOrDefault(code);
        }

        return _ruleset.FindNode(trimmed);
    }
}
