using System.Globalization;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring.Resources;

namespace DtiRules.Scoring;

/// <summary>
/// One scoring run, shared by every engine: loads the data (inputs, mappings, given values),
/// works out which units each formula is computed for (not given, no given ancestor), asks the
/// engine for each formula's column in the ruleset's evaluation order, computes cohort columns
/// once, and applies missing-data policies, clamping, flags and diagnostics. Failures are
/// reported per unit in unit order, whichever engine computed them.
/// </summary>
public sealed partial class ScoringRun
{
    private const int UnitsNamedInMessages = 5;

    private readonly RunPlan _plan;
    private readonly BoundRuleset _ruleset;
    private readonly ScoringData _data;
    private readonly IColumnEvaluator _evaluator;
    private readonly int _unitCount;
    private readonly Column[] _inputs;
    private readonly CellFlagColumn[] _inputFlags;
    private readonly Column[] _points;
    private readonly CellFlagColumn[] _nodeFlags;
    private readonly Column[] _outputs;
    private readonly Column?[] _given;
    private readonly bool[]?[] _givenAbove;
    private readonly Column?[] _cohortArguments;
    private readonly Column?[] _cohortValues;
    private readonly ScoringFailure[]?[] _cohortFailures;
    private readonly ScoringFailure[] _failures;
    private readonly bool[] _everyUnit;
    private readonly ScoringColumns _columns;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Diagnostic[]?[] _stepDiagnostics;
    private readonly ScoringResult? _baseline;
    private readonly RescoreScope? _scope;
    private readonly bool[] _givenAboveEveryUnit;
    private Column? _skippedPoints;
    private CellFlagColumn? _skippedFlags;

    private ScoringRun(BoundRuleset ruleset, ScoringData data, IColumnEvaluator evaluator, ScoringResult? baseline = null)
    {
        _plan = RunPlan.Of(ruleset);
        _ruleset = ruleset;
        _data = data;
        _evaluator = evaluator;
        _unitCount = data.Units.Count;
        _inputs = new Column[ruleset.Inputs.Count];
        // A rescore starts from the baseline's columns (below); a full run fills new ones.
        _inputFlags = baseline is null ? Flags(ruleset.Inputs.Count) : new CellFlagColumn[ruleset.Inputs.Count];
        _points = baseline is null ? Columns(ruleset.Nodes.Count) : new Column[ruleset.Nodes.Count];
        _nodeFlags = baseline is null ? Flags(ruleset.Nodes.Count) : new CellFlagColumn[ruleset.Nodes.Count];
        _outputs = baseline is null ? Columns(ruleset.Outputs.Count) : new Column[ruleset.Outputs.Count];
        _given = new Column?[ruleset.Nodes.Count];
        _givenAbove = new bool[]?[ruleset.Nodes.Count];
        _cohortArguments = new Column?[ruleset.CohortSlotCount];
        _cohortValues = new Column?[ruleset.CohortSlotCount];
        _cohortFailures = new ScoringFailure[]?[ruleset.CohortSlotCount];
        _failures = new ScoringFailure[_unitCount];
        _everyUnit = new bool[_unitCount];
        Array.Fill(_everyUnit, true);
        _givenAboveEveryUnit = new bool[ruleset.Nodes.Count];
        _stepDiagnostics = new Diagnostic[]?[ruleset.Inputs.Count + ruleset.Nodes.Count + ruleset.Outputs.Count];
        if (baseline is not null)
        {
            // Each step computed again gets columns of its own before it writes.
            _baseline = baseline;
            _scope = RescoreScope.Between(_plan, baseline.Data, data);
            baseline.CopyColumns(_inputs, _inputFlags, _points, _nodeFlags, _outputs);
        }

        _columns = new ScoringColumns(_inputs, _points, _outputs, _cohortValues, data, ruleset.ScoredRoots);
    }

    /// <summary>
    /// Scores every unit of <paramref name="data"/> with <paramref name="ruleset"/>, computing
    /// formulas with <paramref name="evaluator"/>. A ruleset with errors is not scored: the
    /// result holds DR3006 and no values.
    /// </summary>
    public static ScoringResult Score(BoundRuleset ruleset, ScoringData data, IColumnEvaluator evaluator)
    {
        if (ruleset.ErrorCount > 0)
        {
            return Refuse(ruleset, data);
        }

        return new ScoringRun(ruleset, data, evaluator).Run();
    }

    /// <summary>
    /// Scores <paramref name="data"/> with <paramref name="ruleset"/> as <see cref="Score"/> does, computing again only what differs
    /// from <paramref name="baseline"/>: the steps that read a column <paramref name="data"/> does
    /// not share with the baseline's data (as <see cref="ScoringData.WithColumns"/> shares every
    /// column it does not set), directly or through other steps. The result is the one a full run
    /// gives, diagnostics included.
    /// </summary>
    /// <exception cref="ArgumentException">The baseline was scored with another ruleset.</exception>
    public static ScoringResult Rescore(BoundRuleset ruleset, ScoringResult baseline, ScoringData data, IColumnEvaluator evaluator)
    {
        if (!ReferenceEquals(baseline.Ruleset, ruleset))
        {
            throw new ArgumentException("The baseline was scored with another ruleset.", nameof(baseline));
        }

        if (ruleset.ErrorCount > 0)
        {
            return Refuse(ruleset, data);
        }

        return ReferenceEquals(baseline.Units, data.Units) && data.Units.Count > 0 && baseline.HasSteps
            ? new ScoringRun(ruleset, data, evaluator, baseline).Run()
            : Score(ruleset, data, evaluator);
    }

    /// <summary>
    /// About how many formulas (of nodes and outputs) a rescore computes again, unit by unit, after
    /// <paramref name="fields"/> of the data change: what an engine's speed matters for in a run of
    /// many rescores. Nodes that add up their children are not counted, nor nodes below one whose
    /// given value changes (where it is given they are skipped; the data decides where that is).
    /// </summary>
    public static int FormulasComputedAgain(BoundRuleset ruleset, IEnumerable<string> fields)
    {
        var scope = RescoreScope.Of(RunPlan.Of(ruleset), new HashSet<string>(fields, StringComparer.Ordinal).Contains);
        bool UnderGiven(NodeSymbol node) => node.Parent is { } parent && scope.GivenChanged[parent.Ordinal];
        return ruleset.Nodes.Count(n => n.Formula is not null && scope.Nodes[n.Ordinal] && !UnderGiven(n)) + scope.Outputs.Count(computed => computed);
    }

    private ScoringResult Run()
    {
        if (_unitCount == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.NoUnits, null);
            Array.Fill(_inputs, new Column(0));
        }
        else
        {
            foreach (var input in _ruleset.Inputs)
            {
                if (!Reused(input.Ordinal, _scope?.Inputs[input.Ordinal]))
                {
                    var before = _diagnostics.Count;
                    LoadInput(input);
                    KeepDiagnostics(input.Ordinal, before);
                }
            }

            LoadGivenValues();
            var nodeSteps = _ruleset.Inputs.Count;
            var outputSteps = nodeSteps + _ruleset.Nodes.Count;
            foreach (var step in _ruleset.EvaluationOrder)
            {
                var before = _diagnostics.Count;
                if (step.Node is { } node)
                {
                    if (!Reused(nodeSteps + node.Ordinal, _scope?.Nodes[node.Ordinal]))
                    {
                        EvaluateNode(node);
                        KeepDiagnostics(nodeSteps + node.Ordinal, before);
                    }
                    else if (node.Formula is not null && !node.IsUnscored && Eligible(_given[node.Ordinal], _givenAbove[node.Ordinal]) is not null)
                    {
                        ReuseCohorts(FormulaNumbers.Node(node));
                    }
                }
                else
                {
                    var output = step.Output!;
                    if (!Reused(outputSteps + output.Ordinal, _scope?.Outputs[output.Ordinal]))
                    {
                        EvaluateOutput(output);
                        KeepDiagnostics(outputSteps + output.Ordinal, before);
                    }
                    else
                    {
                        ReuseCohorts(FormulaNumbers.Output(_ruleset, output));
                    }
                }
            }
        }

        return new ScoringResult(
            _ruleset,
            _data,
            new RunColumns(_inputs, _inputFlags, _points, _nodeFlags, _outputs, _cohortArguments, _cohortValues, _cohortFailures, _stepDiagnostics),
            _diagnostics.ToSortedList())
        {
            Notes = _data.Notes,
        };
    }

    /// <summary>
    /// In a rescore, takes the baseline's diagnostics for step <paramref name="index"/> (an input,
    /// node or output) when it is not <paramref name="computedAgain"/>; its columns are already the baseline's.
    /// </summary>
    private bool Reused(int index, bool? computedAgain)
    {
        if (computedAgain is not false)
        {
            return false;
        }

        var kept = _baseline!.StepDiagnostics(index);
        _stepDiagnostics[index] = kept;
        if (kept is not null)
        {
            _diagnostics.AddRange(kept);
        }

        return true;
    }

    /// <summary>Keeps what step <paramref name="index"/> reported since <paramref name="before"/>, for later rescores.</summary>
    private void KeepDiagnostics(int index, int before)
    {
        if (_diagnostics.Count > before)
        {
            _stepDiagnostics[index] = [.. _diagnostics.Skip(before)];
        }
    }

    /// <summary>
    /// A reused step whose formula a full run would evaluate computes its cohort calls too; their
    /// arguments read only what the step reads, so the baseline's are this run's.
    /// </summary>
    private void ReuseCohorts(int formula)
    {
        foreach (var slot in _plan.SlotsOfFormula[formula])
        {
            if (_cohortValues[slot] is null)
            {
                (_cohortArguments[slot], _cohortValues[slot], _cohortFailures[slot]) = _baseline!.Cohort(slot);
            }
        }
    }

    private static ScoringResult Refuse(BoundRuleset ruleset, ScoringData data)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Report(DiagnosticDescriptors.RulesetHasErrors, SourceLocation.File(ruleset.Syntax.Text.Path), ruleset.ErrorCount);
        var units = data.Units.Count;
        return new ScoringResult(
            ruleset,
            data,
            new RunColumns(
                [.. ruleset.Inputs.Select(_ => new Column(units))],
                [.. ruleset.Inputs.Select(_ => new CellFlagColumn(units))],
                [.. ruleset.Nodes.Select(_ => new Column(units))],
                [.. ruleset.Nodes.Select(_ => new CellFlagColumn(units))],
                [.. ruleset.Outputs.Select(_ => new Column(units))],
                new Column?[ruleset.CohortSlotCount],
                new Column?[ruleset.CohortSlotCount],
                new ScoringFailure[]?[ruleset.CohortSlotCount],
                null),
            diagnostics.ToSortedList());
    }

    private Column[] Columns(int count)
    {
        var columns = new Column[count];
        for (var i = 0; i < count; i++)
        {
            columns[i] = new Column(_unitCount);
        }

        return columns;
    }

    private CellFlagColumn[] Flags(int count)
    {
        var flags = new CellFlagColumn[count];
        for (var i = 0; i < count; i++)
        {
            flags[i] = new CellFlagColumn(_unitCount);
        }

        return flags;
    }

    private void ReportMissing(string name, SourceLocation location, IReadOnlyList<int> units, string supply) =>
        _diagnostics.Report(DiagnosticDescriptors.MissingData, location, name, units.Count, UnitList(units), supply);

    private string UnitList(IReadOnlyList<int> units)
    {
        var names = units.Take(UnitsNamedInMessages).Select(u => _data.Units[u].Name);
        var more = units.Count > UnitsNamedInMessages ? " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.AndMore), units.Count - UnitsNamedInMessages) : string.Empty;
        return string.Join(", ", names) + more;
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
