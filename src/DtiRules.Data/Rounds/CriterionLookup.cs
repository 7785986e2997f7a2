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
    private readonly Dictionary<string, List<(string Code, NodeSymbol Node)>> _byNumberShown = new(StringComparer.Ordinal);

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

            if (ListedCode(node) is { } listed && ExcelNumberCodes.AsNumber(listed) is var shown && shown != listed)
            {
                if (!_byNumberShown.TryGetValue(shown, out var losing))
                {
                    _byNumberShown[shown] = losing = [];
                }

                losing.Add((listed, node));
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

    /// <summary>The listed codes Excel shows as <paramref name="written"/> once they lose their final zeros (<c>4.10</c> for <c>4.1</c>), with their nodes.</summary>
    public IReadOnlyList<(string Code, NodeSymbol Node)> LosingZerosTo(string written) =>
        CriterionCode.Normalise(written) is { } code && _byNumberShown.TryGetValue(code, out var losing) ? losing : [];

    // A node's code: the one its label starts with, else the one its id spells (c_4_10 is 4.10).
    private static string? ListedCode(NodeSymbol node) =>
        CriterionCode.InLabel(node.Label) ?? (node.Name.StartsWith("c_", StringComparison.Ordinal) ? CriterionCode.Normalise(node.Name[2..].Replace('_', '.')) : null);
}
