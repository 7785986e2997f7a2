using System.Globalization;
using DtiRules.Language.Binding;
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

    private ScoringRun(BoundRuleset ruleset, ScoringData data, IColumnEvaluator evaluator)
    {
        _plan = RunPlan.Of(ruleset);
        _ruleset = ruleset;
        _data = data;
        _evaluator = evaluator;
        _unitCount = data.Units.Count;
        _inputs = new Column[ruleset.Inputs.Count];
        _inputFlags = Flags(ruleset.Inputs.Count);
        _points = Columns(ruleset.Nodes.Count);
        _nodeFlags = Flags(ruleset.Nodes.Count);
        _outputs = Columns(ruleset.Outputs.Count);
        _given = new Column?[ruleset.Nodes.Count];
        _givenAbove = new bool[]?[ruleset.Nodes.Count];
        _cohortArguments = new Column?[ruleset.CohortSlotCount];
        _cohortValues = new Column?[ruleset.CohortSlotCount];
        _cohortFailures = new ScoringFailure[]?[ruleset.CohortSlotCount];
        _failures = new ScoringFailure[_unitCount];
        _everyUnit = new bool[_unitCount];
        Array.Fill(_everyUnit, true);
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

    private ScoringResult Run()
    {
        if (_unitCount == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.NoUnits, null);
            Array.Fill(_inputs, new Column(0));
        }
        else
        {
            LoadInputs();
            LoadGivenValues();
            foreach (var step in _ruleset.EvaluationOrder)
            {
                if (step.Node is { } node)
                {
                    EvaluateNode(node);
                }
                else
                {
                    EvaluateOutput(step.Output!);
                }
            }
        }

        return new ScoringResult(_ruleset, _data.Units, _inputs, _inputFlags, _points, _nodeFlags, _outputs, _cohortArguments, _diagnostics.ToSortedList());
    }

    private static ScoringResult Refuse(BoundRuleset ruleset, ScoringData data)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Report(DiagnosticDescriptors.RulesetHasErrors, SourceLocation.File(ruleset.Syntax.Text.Path), ruleset.ErrorCount);
        var units = data.Units.Count;
        return new ScoringResult(
            ruleset,
            data.Units,
            [.. ruleset.Inputs.Select(_ => new Column(units))],
            [.. ruleset.Inputs.Select(_ => new CellFlagColumn(units))],
            [.. ruleset.Nodes.Select(_ => new Column(units))],
            [.. ruleset.Nodes.Select(_ => new CellFlagColumn(units))],
            [.. ruleset.Outputs.Select(_ => new Column(units))],
            new Column?[ruleset.CohortSlotCount],
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
