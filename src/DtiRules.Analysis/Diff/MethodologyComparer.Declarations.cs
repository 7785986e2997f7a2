using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Analysis.Wording;
using static DtiRules.Analysis.Resources.DiffText;

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
                yield return Change(ChangeKind.OutputAdded, output, string.Empty, formula, Say(nameof(OutputAdded), Subject(output), Quoted(formula)));
                continue;
            }

            if (old.Label != output.Label)
            {
                yield return Change(ChangeKind.OutputLabelChanged, output, old.Label, output.Label, Say(nameof(OutputLabelChanged), output.Name, old.Label, output.Label));
            }

            var oldFormula = FormulaText.Display(old.Formula);
            if (FormulaText.Canonical(oldFormula, to.Aliases) != FormulaText.Canonical(formula, to.Aliases))
            {
                yield return Change(
                    ChangeKind.OutputFormulaChanged, output, oldFormula, formula,
                    Say(nameof(OutputFormulaChanged), Subject(output), Quoted(oldFormula), Quoted(formula)));
            }

            if (!SameProvenance(old.Provenance, output.Provenance))
            {
                var (before, after) = (ProvenanceText(old.Provenance), ProvenanceText(output.Provenance));
                yield return Change(ChangeKind.OutputProvenanceChanged, output, before.In(Machine), after.In(Machine), Say(nameof(OutputProvenanceChanged), Subject(output), before, after));
            }
        }

        foreach (var old in from.Outputs.Where(o => to.FindOutput(o.Name) is null))
        {
            var formula = FormulaText.Display(old.Formula);
            yield return Change(ChangeKind.OutputRemoved, old, formula, string.Empty, Say(nameof(OutputRemoved), Subject(old), Quoted(formula)));
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
                Say(nameof(InputAdded), input.Name, input.Label, input.Type.ToString()));
        }

        foreach (var input in from.Inputs.Where(i => !newInputs.Contains(i.Name)))
        {
            yield return new MethodologyChange(
                ChangeKind.InputRemoved, input.Name, input.Name, input.Type.ToString(), string.Empty,
                Say(nameof(InputRemoved), input.Name, input.Label, input.Type.ToString()));
        }
    }

    private static MethodologyChange Change(ChangeKind kind, OutputSymbol output, string old, string @new, Phrase description) =>
        new(kind, output.Name, output.Name, old, @new, description);

    private static Phrase Subject(OutputSymbol output) => Say(output.IsIndex ? nameof(IndexSubject) : nameof(OutputSubject), output.Name, output.Label);
}
