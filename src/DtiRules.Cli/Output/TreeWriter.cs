using DtiRules.Cli.Resources;
using DtiRules.Scoring;
using DtiRules.Language.Syntax.Nodes;
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
            writer.WriteLine(Texts.Output.Format(nameof(OutputText.Extends), baseEdition));
        }

        writer.WriteLine(Texts.Output.Format(nameof(OutputText.TreeSummary), ruleset.Nodes.Count(n => n.IsLeaf), ruleset.Inputs.Count, Points(header.Scale)));
        foreach (var node in ruleset.Nodes)
        {
            writer.WriteLine($"{new string(' ', 2 * node.Depth)}{node.Name} \"{node.Label}\" {Texts.Output.Format(nameof(OutputText.MaxPoints), Points(node.MaxPoints))} [{Kind(node.Provenance)}]");
        }

        foreach (var output in ruleset.Outputs)
        {
            writer.WriteLine($"{Texts.Output.Get(output.IsIndex ? nameof(OutputText.IndexWord) : nameof(OutputText.OutputWord))} {output.Name} \"{output.Label}\"{(output.IsRanked ? " " + Texts.Output.Get(nameof(OutputText.Ranked)) : string.Empty)} [{Kind(output.Provenance)}]");
        }
    }

    private static string Kind(Provenance? provenance) => provenance?.Kind switch
    {
        null => Texts.Output.Get(nameof(OutputText.NoProvenance)),
        ProvenanceKind.Documented => Texts.Output.Get(nameof(OutputText.Documented)),
        ProvenanceKind.Assumed => Texts.Output.Get(nameof(OutputText.Assumed)),
        { } other => throw new ArgumentOutOfRangeException(nameof(provenance), other, "A provenance is documented or assumed."),
    };

    private static string Points(decimal points) => DisplayNumbers.Number(points, "0.####");
}
