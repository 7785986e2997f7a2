using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Schema;

namespace DtiRules.Scoring;

/// <summary>
/// What every run of one ruleset needs and only the ruleset decides, worked out once per
/// ruleset: the columns that may give each node, the scored children each summing node adds,
/// the cohort calls each formula holds, and what each formula and input reads (which a rescore
/// follows to find what a changed column changes).
/// </summary>
internal sealed class RunPlan
{
    /// <summary>How many scopes of different changes a plan keeps; a run that changes other fields each time works them out anew.</summary>
    private const int RescoreScopesKept = 64;

    private static readonly ConditionalWeakTable<BoundRuleset, RunPlan> Plans = new();

    private readonly ConcurrentDictionary<string, RescoreScope> _rescoreScopes = new(StringComparer.Ordinal);

    private RunPlan(BoundRuleset ruleset)
    {
        Ruleset = ruleset;
        GivenColumns = [.. ruleset.Nodes.Select(n => n.IsUnscored
            ? Array.Empty<(string, string)>()
            : [.. ruleset.Aliases.Where(a => a.Value == n.Name).Select(a => a.Key).Prepend(n.Name).Select(id => (id, id + DataSchema.PointsSuffix))])];
        ScoredChildren = [.. ruleset.Nodes.Select(n => n.Children.Where(c => !c.IsUnscored).ToArray())];
        CohortCalls = new BoundCohortCall[ruleset.CohortSlotCount];
        SlotsOfFormula = new int[FormulaNumbers.Count(ruleset)][];
        Array.Fill(SlotsOfFormula, []);
        ReadsOfFormula = new FormulaReads[FormulaNumbers.Count(ruleset)];
        Array.Fill(ReadsOfFormula, FormulaReads.Nothing);
        foreach (var node in ruleset.Nodes.Where(n => n.Formula is not null))
        {
            SlotsOfFormula[FormulaNumbers.Node(node)] = Slots(node.Formula!);
            ReadsOfFormula[FormulaNumbers.Node(node)] = FormulaReads.Of(node.Formula!);
        }

        foreach (var output in ruleset.Outputs.Where(o => o.Formula is not null))
        {
            SlotsOfFormula[FormulaNumbers.Output(ruleset, output)] = Slots(output.Formula);
            ReadsOfFormula[FormulaNumbers.Output(ruleset, output)] = FormulaReads.Of(output.Formula);
        }

        for (var slot = 0; slot < CohortCalls.Length; slot++)
        {
            if (CohortCalls[slot] is { } call)
            {
                ReadsOfFormula[FormulaNumbers.CohortArgument(ruleset, slot)] = FormulaReads.Of(call.Argument);
            }
        }

        InputFields = [.. ruleset.Inputs.Select(i => ruleset.Mappings.Where(m => m.Target == i).SelectMany(m => m.SourceFields).Prepend(i.Name).Distinct().ToArray())];
    }

    public BoundRuleset Ruleset { get; }

    /// <summary>
    /// Per node ordinal: the columns that give it, as (value column, points column) per id, its own
    /// id first, then old ids that were renamed to it.
    /// </summary>
    public (string Value, string Points)[][] GivenColumns { get; }

    /// <summary>Per node ordinal: the children worth points, which a node without a formula adds up.</summary>
    public NodeSymbol[][] ScoredChildren { get; }

    /// <summary>Per slot: the cohort call.</summary>
    public BoundCohortCall[] CohortCalls { get; }

    /// <summary>Per formula number: the slots of the cohort calls in the formula, in slot order.</summary>
    public int[][] SlotsOfFormula { get; }

    /// <summary>Per formula number: the inputs, nodes, outputs and <c>total</c> it reads, its cohort calls' arguments included.</summary>
    public FormulaReads[] ReadsOfFormula { get; }

    /// <summary>Per input ordinal: the data columns its cells may come from (its own, then its mappings' source columns).</summary>
    public string[][] InputFields { get; }

    /// <summary>
    /// The scope of a rescore after <paramref name="change"/>, worked out by <paramref name="find"/>
    /// the first time the same fields change: it depends only on the ruleset and the fields, and an
    /// analysis makes the same change to thousands of samples.
    /// </summary>
    public RescoreScope RescoreScopeOf(DataChange change, Func<RunPlan, DataChange, RescoreScope> find)
    {
        if (_rescoreScopes.TryGetValue(change.Key, out var scope))
        {
            return scope;
        }

        scope = find(this, change);
        return _rescoreScopes.Count < RescoreScopesKept ? _rescoreScopes.GetOrAdd(change.Key, scope) : scope;
    }

    /// <summary>The plan of <paramref name="ruleset"/>, made on first use.</summary>
    public static RunPlan Of(BoundRuleset ruleset) => Plans.GetValue(ruleset, r => new RunPlan(r));

    private int[] Slots(BoundExpression formula)
    {
        var calls = BoundTreeChildren.DescendantsAndSelf(formula).OfType<BoundCohortCall>().OrderBy(c => c.Slot).ToArray();
        foreach (var call in calls)
        {
            CohortCalls[call.Slot] = call;
        }

        return [.. calls.Select(c => c.Slot)];
    }
}
