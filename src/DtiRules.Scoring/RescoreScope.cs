using DtiRules.Language.Binding;

namespace DtiRules.Scoring;

/// <summary>
/// Which steps of a run a rescore computes again: those whose data columns changed (a column of
/// the data is changed when the two datasets do not share it), and everything that reads them,
/// follows them down the tree (a given node skips its descendants) or adds them up. Every other
/// step's columns, flags and diagnostics are the baseline's, which a full run would compute again
/// from the same columns.
/// </summary>
internal sealed class RescoreScope
{
    private RescoreScope(int inputs, int nodes, int outputs, int slots)
    {
        Inputs = new bool[inputs];
        Nodes = new bool[nodes];
        Outputs = new bool[outputs];
        Slots = new bool[slots];
        GivenChanged = new bool[nodes];
    }

    /// <summary>Per input ordinal: computed again.</summary>
    public bool[] Inputs { get; }

    /// <summary>Per node ordinal: computed again.</summary>
    public bool[] Nodes { get; }

    /// <summary>Per output ordinal: computed again.</summary>
    public bool[] Outputs { get; }

    /// <summary>Per cohort slot: computed again (otherwise the baseline's values are used).</summary>
    public bool[] Slots { get; }

    /// <summary>Per node ordinal: a column that gives the node or one of its ancestors changed.</summary>
    public bool[] GivenChanged { get; }

    /// <summary>
    /// The steps <paramref name="after"/> changes from <paramref name="before"/> under <paramref name="plan"/>.
    /// When <paramref name="after"/> was made from <paramref name="before"/> by <see cref="ScoringData.WithColumns"/>,
    /// the fields it set say what changed, and the scope of the same fields found before is taken again.
    /// </summary>
    public static RescoreScope Between(RunPlan plan, ScoringData before, ScoringData after)
    {
        if (after.Change is { } change && change.Source == before.Version)
        {
            return plan.RescoreScopeOf(change, static (p, c) => Of(p, new HashSet<string>(c.Fields, StringComparer.Ordinal).Contains));
        }

        return Of(plan, field => !ReferenceEquals(before.Find(field), after.Find(field)));
    }

    /// <summary>The steps a change of the fields for which <paramref name="changed"/> holds reaches.</summary>
    public static RescoreScope Of(RunPlan plan, Func<string, bool> changed)
    {
        var ruleset = plan.Ruleset;
        var scope = new RescoreScope(ruleset.Inputs.Count, ruleset.Nodes.Count, ruleset.Outputs.Count, ruleset.CohortSlotCount);
        for (var i = 0; i < scope.Inputs.Length; i++)
        {
            scope.Inputs[i] = plan.InputFields[i].Any(changed);
        }

        // Parents come before their children in the ruleset's node order.
        var givenChanged = scope.GivenChanged;
        foreach (var node in ruleset.Nodes)
        {
            givenChanged[node.Ordinal] = (node.Parent is { } parent && givenChanged[parent.Ordinal])
                || plan.GivenColumns[node.Ordinal].Any(c => changed(c.Value) || changed(c.Points));
        }

        foreach (var step in ruleset.EvaluationOrder)
        {
            if (step.Node is { } node)
            {
                // The formula first: it decides its cohort calls, which later formulas may share.
                var formulaChanges = scope.FormulaChanges(plan, ruleset, FormulaNumbers.Node(node));
                scope.Nodes[node.Ordinal] = formulaChanges
                    || givenChanged[node.Ordinal]
                    || (node.Formula is null && Array.Exists(plan.ScoredChildren[node.Ordinal], c => scope.Nodes[c.Ordinal]));
            }
            else
            {
                var output = step.Output!;
                scope.Outputs[output.Ordinal] = scope.FormulaChanges(plan, ruleset, FormulaNumbers.Output(ruleset, output)) || changed(output.Name);
            }
        }

        return scope;
    }

    /// <summary>Whether the formula reads anything computed again, deciding its cohort calls first (their arguments read only earlier steps).</summary>
    private bool FormulaChanges(RunPlan plan, BoundRuleset ruleset, int number)
    {
        foreach (var slot in plan.SlotsOfFormula[number])
        {
            Slots[slot] |= Reads(plan.ReadsOfFormula[FormulaNumbers.CohortArgument(ruleset, slot)], ruleset);
        }

        return Reads(plan.ReadsOfFormula[number], ruleset);
    }

    private bool Reads(FormulaReads reads, BoundRuleset ruleset) =>
        Array.Exists(reads.Inputs, i => Inputs[i])
        || Array.Exists(reads.Nodes, n => Nodes[n])
        || Array.Exists(reads.Outputs, o => Outputs[o])
        || (reads.Total && ruleset.ScoredRoots.Any(r => Nodes[r.Ordinal]));
}
