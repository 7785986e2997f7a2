using DtiRules.Cli.Resources;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Cli.Output;

/// <summary>Lists every assumption of an edition, so an analyst sees in one place what is not documented.</summary>
internal static class AssumptionsWriter
{
    public static void Write(BoundRuleset ruleset, TextWriter writer)
    {
        var nodes = ruleset.Nodes
            .Where(n => n.Provenance?.Kind == ProvenanceKind.Assumed)
            .Select(n => (Id: n.Path, n.Label, Provenance: n.Provenance!));
        var outputs = ruleset.Outputs
            .Where(o => o.Provenance?.Kind == ProvenanceKind.Assumed)
            .Select(o => (Id: o.Name, o.Label, Provenance: o.Provenance!));
        var assumed = nodes.Concat(outputs).ToList();
        var header = ruleset.Header;
        writer.WriteLine(Texts.Output.Format(nameof(OutputText.AssumptionsTitle), header.Id, header.Edition, header.Basis, assumed.Count, ruleset.Nodes.Count, ruleset.Outputs.Count));
        foreach (var (id, label, provenance) in assumed)
        {
            writer.WriteLine();
            writer.WriteLine($"{id} \"{label}\"");
            writer.WriteLine($"  {provenance.Reason}");
            writer.WriteLine("  " + (provenance.Source.Length > 0 ? Texts.Output.Format(nameof(OutputText.AtWithSource), provenance.Location, provenance.Source) : Texts.Output.Format(nameof(OutputText.At), provenance.Location)));
        }
    }
}
