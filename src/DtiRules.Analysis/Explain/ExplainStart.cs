using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Analysis.Explain;

/// <summary>Where an explanation starts: an output (the index or a pillar) or a node.</summary>
public sealed class ExplainStart
{
    private ExplainStart(OutputSymbol? output, NodeSymbol? node)
    {
        Output = output;
        Node = node;
    }

    /// <summary>The output to start from, or null when starting from a node.</summary>
    public OutputSymbol? Output { get; }

    /// <summary>The node to start from, or null when starting from an output.</summary>
    public NodeSymbol? Node { get; }

    /// <summary>The ruleset's index, or null in a ruleset without one.</summary>
    public static ExplainStart? Index(BoundRuleset ruleset) => ruleset.Index is { } index ? new ExplainStart(index, null) : null;

    /// <summary>The node or output named <paramref name="id"/> (a renamed node's old id too), or null.</summary>
    public static ExplainStart? Find(BoundRuleset ruleset, string id)
    {
        var current = ruleset.Aliases.TryGetValue(id, out var renamed) ? renamed : id;
        if (ruleset.FindNode(current) is { } node)
        {
            return new ExplainStart(null, node);
        }

        return ruleset.FindOutput(current) is { } output ? new ExplainStart(output, null) : null;
    }

    /// <summary>
    /// Where to start: the index when <paramref name="id"/> is null, else the node or output it
    /// names; null when there is none, reported with suggestions to <paramref name="diagnostics"/>.
    /// </summary>
    public static ExplainStart? Resolve(BoundRuleset ruleset, string? id, DiagnosticBag diagnostics)
    {
        if (id is null)
        {
            return Index(ruleset);
        }

        if (Find(ruleset, id) is { } start)
        {
            return start;
        }

        diagnostics.Report(ExplainDiagnostics.UnknownNode, null, id, SuggestedNames.InParentheses(Suggest(ruleset, id)));
        return null;
    }

    private static IReadOnlyList<string> Suggest(BoundRuleset ruleset, string id) =>
        NameSuggestions.Closest(id, ruleset.Outputs.Select(o => o.Name).Concat(ruleset.Nodes.Select(n => n.Name)), 3);
}
