using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;

namespace DtiRules.Analysis.Diff;

public static partial class MethodologyComparer
{
    private static IEnumerable<MethodologyChange> OutputChanges(BoundRuleset from, BoundRuleset to)
    {
        foreach (var output in to.Outputs)
        {
            var formula = FormulaText.Display(output.Formula);
            if (from.FindOutput(output.Name) is not { } old)
            {
                yield return Change(ChangeKind.OutputAdded, output, string.Empty, formula, $"Added {Subject(output)}: {Quoted(formula)}");
                continue;
            }

            if (old.Label != output.Label)
            {
                yield return Change(ChangeKind.OutputLabelChanged, output, old.Label, output.Label, $"Label of {output.Name} changed from '{old.Label}' to '{output.Label}'");
            }

            var oldFormula = FormulaText.Display(old.Formula);
            if (FormulaText.Canonical(oldFormula, to.Aliases) != FormulaText.Canonical(formula, to.Aliases))
            {
                yield return Change(
                    ChangeKind.OutputFormulaChanged, output, oldFormula, formula,
                    $"Formula of {Subject(output)} changed from {Quoted(oldFormula)} to {Quoted(formula)}");
            }

            if (!SameProvenance(old.Provenance, output.Provenance))
            {
                var (before, after) = (ProvenanceText(old.Provenance), ProvenanceText(output.Provenance));
                yield return Change(ChangeKind.OutputProvenanceChanged, output, before, after, $"Provenance of {Subject(output)} changed from {before} to {after}");
            }
        }

        foreach (var old in from.Outputs.Where(o => to.FindOutput(o.Name) is null))
        {
            var formula = FormulaText.Display(old.Formula);
            yield return Change(ChangeKind.OutputRemoved, old, formula, string.Empty, $"Removed {Subject(old)}, which was {Quoted(formula)}");
        }
    }

    private static IEnumerable<MethodologyChange> InputChanges(BoundRuleset from, BoundRuleset to)
    {
        var oldInputs = from.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var newInputs = to.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var input in to.Inputs.Where(i => !oldInputs.Contains(i.Name)))
        {
            yield return new MethodologyChange(
                ChangeKind.InputAdded, input.Name, input.Name, string.Empty, input.Type.ToString(),
                $"Added input {input.Name} '{input.Label}' ({input.Type}): datasets for the new edition need this field");
        }

        foreach (var input in from.Inputs.Where(i => !newInputs.Contains(i.Name)))
        {
            yield return new MethodologyChange(
                ChangeKind.InputRemoved, input.Name, input.Name, input.Type.ToString(), string.Empty,
                $"Removed input {input.Name} '{input.Label}' ({input.Type}): the new edition no longer reads this field");
        }
    }

    private static MethodologyChange Change(ChangeKind kind, OutputSymbol output, string old, string @new, string description) =>
        new(kind, output.Name, output.Name, old, @new, description);

    private static string Subject(OutputSymbol output) => $"{(output.IsIndex ? "index" : "output")} {output.Name} '{output.Label}'";
}
