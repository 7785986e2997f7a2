using System.Globalization;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Cli.Output;

/// <summary>The outline of an edition: each node with its max points and provenance, then the outputs.</summary>
internal static class TreeWriter
{
    public static void Write(BoundRuleset ruleset, TextWriter writer)
    {
        var header = ruleset.Header;
        writer.WriteLine($"{header.Id} {header.Edition}: {header.Title} ({header.Basis})");
        if (ruleset.BaseEdition is { } baseEdition)
        {
            writer.WriteLine($"extends {baseEdition}");
        }

        writer.WriteLine($"{ruleset.Nodes.Count(n => n.IsLeaf)} components, {ruleset.Inputs.Count} inputs, scale {Points(header.Scale)}");
        foreach (var node in ruleset.Nodes)
        {
            writer.WriteLine($"{new string(' ', 2 * node.Depth)}{node.Name} \"{node.Label}\" max {Points(node.MaxPoints)} [{Kind(node.Provenance)}]");
        }

        foreach (var output in ruleset.Outputs)
        {
            writer.WriteLine($"{(output.IsIndex ? "index" : "output")} {output.Name} \"{output.Label}\"{(output.IsRanked ? " (ranked)" : string.Empty)} [{Kind(output.Provenance)}]");
        }
    }

    private static string Kind(Provenance? provenance) => provenance?.Kind.ToString().ToLowerInvariant() ?? "no provenance";

    private static string Points(decimal points) => points.ToString("0.####", CultureInfo.InvariantCulture);
}
