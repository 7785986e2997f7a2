using System.Globalization;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Evaluation;

/// <summary>
/// The state of one interpreted scoring run. Evaluates one node or output at a time for every
/// unit, in the ruleset's evaluation order, so cohort functions and the missing-data policies
/// that need the whole cohort (mean, exclude) always see complete columns.
/// </summary>
internal sealed partial class ScoringRun
{
    private const int UnitsNamedInMessages = 5;

    private readonly BoundRuleset _ruleset;
    private readonly ScoringData _data;
    private readonly int _unitCount;
    private readonly decimal?[][] _inputs;
    private readonly CellFlags[][] _inputFlags;
    private readonly decimal?[][] _points;
    private readonly CellFlags[][] _nodeFlags;
    private readonly decimal?[][] _given;
    private readonly decimal?[][] _outputs;
    private readonly decimal?[]?[] _cohortCache;
    private readonly decimal?[]?[] _cohortArguments;
    private readonly DiagnosticBag _diagnostics = new();

    public ScoringRun(BoundRuleset ruleset, ScoringData data)
    {
        _ruleset = ruleset;
        _data = data;
        _unitCount = data.Units.Count;
        _inputs = [.. ruleset.Inputs.Select(_ => new decimal?[_unitCount])];
        _inputFlags = [.. ruleset.Inputs.Select(_ => new CellFlags[_unitCount])];
        _points = [.. ruleset.Nodes.Select(_ => new decimal?[_unitCount])];
        _nodeFlags = [.. ruleset.Nodes.Select(_ => new CellFlags[_unitCount])];
        _given = [.. ruleset.Nodes.Select(_ => new decimal?[_unitCount])];
        _outputs = [.. ruleset.Outputs.Select(_ => new decimal?[_unitCount])];
        _cohortCache = new decimal?[]?[ruleset.CohortSlotCount];
        _cohortArguments = new decimal?[]?[ruleset.CohortSlotCount];
    }

    public ScoringResult Run()
    {
        if (_unitCount == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.NoUnits, null);
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

    private void LoadInputs()
    {
        foreach (var input in _ruleset.Inputs)
        {
            var cells = _inputs[input.Ordinal];
            if (_data.TryGetColumn(input.Name, out var column))
            {
                for (var u = 0; u < _unitCount; u++)
                {
                    cells[u] = column[u];
                }
            }
            else if (_ruleset.Mappings.FirstOrDefault(m => m.Target == input && m.SourceFields.All(f => _data.TryGetColumn(f, out _))) is { } mapping)
            {
                ApplyMapping(mapping, cells);
            }

            if (input.Policy is { } policy)
            {
                ApplyInputPolicy(input, policy, cells);
            }
        }
    }

    /// <summary>Computes an input from other columns; values outside the input's range are clamped with a warning.</summary>
    private void ApplyMapping(InputMapping mapping, decimal?[] cells)
    {
        var input = mapping.Target;
        var flags = _inputFlags[input.Ordinal];
        var clamped = new List<int>();
        for (var u = 0; u < _unitCount; u++)
        {
            if (EvaluateFormula(input, mapping.Formula, u, flags) is not { } value)
            {
                continue;
            }

            var bounded = Math.Clamp(value, input.Minimum ?? value, input.Maximum ?? value);
            if (bounded != value)
            {
                clamped.Add(u);
            }

            cells[u] = bounded;
            flags[u] |= CellFlags.Mapped;
        }

        if (clamped.Count > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.MappedOutOfRange, input.Location, input.Name, UnitList(clamped));
        }
    }

    private void ApplyInputPolicy(InputSymbol input, MissingPolicy policy, decimal?[] cells)
    {
        var missing = Enumerable.Range(0, _unitCount).Where(u => cells[u] is null).ToList();
        if (missing.Count == 0 || policy == MissingPolicy.Exclude)
        {
            return;
        }

        var flags = _inputFlags[input.Ordinal];
        var mean = policy == MissingPolicy.Mean ? CohortFunctions.MeanOf(cells) : null;
        foreach (var u in missing)
        {
            cells[u] = mean ?? 0m;
            flags[u] = mean is null ? CellFlags.Missing : CellFlags.Imputed;
        }

        if (policy == MissingPolicy.Error)
        {
            ReportMissing(input.Name, input.Location, missing, $"the column '{input.Name}'");
        }
    }

    private void LoadGivenValues()
    {
        foreach (var node in _ruleset.Nodes.Where(n => !n.IsUnscored))
        {
            var given = _given[node.Ordinal];
            var ids = _ruleset.Aliases.Where(a => a.Value == node.Name).Select(a => a.Key).Prepend(node.Name);
            foreach (var id in ids)
            {
                if (_data.TryGetColumn(id, out var values))
                {
                    for (var u = 0; u < _unitCount; u++)
                    {
                        given[u] ??= values[u] * node.MaxPoints;
                    }
                }

                if (_data.TryGetColumn(id + DataSchema.PointsSuffix, out var points))
                {
                    for (var u = 0; u < _unitCount; u++)
                    {
                        given[u] ??= points[u];
                    }
                }
            }
        }
    }

    private void ReportMissing(string name, Text.SourceLocation location, IReadOnlyList<int> units, string supply) =>
        _diagnostics.Report(DiagnosticDescriptors.MissingData, location, name, units.Count, UnitList(units), supply);

    private string UnitList(IReadOnlyList<int> units)
    {
        var names = units.Take(UnitsNamedInMessages).Select(u => _data.Units[u].Name);
        var more = units.Count > UnitsNamedInMessages ? $" and {units.Count - UnitsNamedInMessages} more" : string.Empty;
        return string.Join(", ", names) + more;
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
