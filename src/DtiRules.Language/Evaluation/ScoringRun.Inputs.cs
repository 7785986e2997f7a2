using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Evaluation;

public sealed partial class ScoringRun
{
    private void LoadInputs()
    {
        foreach (var input in _ruleset.Inputs)
        {
            var cells = _inputs[input.Ordinal];
            if (_data.TryGetColumn(input.Name, out var column))
            {
                for (var u = 0; u < _unitCount; u++)
                {
                    cells.Set(u, column[u]);
                }
            }
            else if (MappingFor(input) is { } mapping)
            {
                ApplyMapping(_ruleset.Mappings[mapping], FormulaNumbers.Mapping(_ruleset, mapping), cells);
            }

            if (input.Policy is { } policy)
            {
                ApplyInputPolicy(input, policy, cells);
            }
        }
    }

    /// <summary>The index of the first mapping of <paramref name="input"/> whose columns are all in the data, or null.</summary>
    private int? MappingFor(InputSymbol input)
    {
        for (var i = 0; i < _ruleset.Mappings.Count; i++)
        {
            var mapping = _ruleset.Mappings[i];
            if (mapping.Target == input && mapping.SourceFields.All(f => _data.TryGetColumn(f, out _)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Computes an input from other columns; values outside the input's range are clamped with a warning.</summary>
    private void ApplyMapping(InputMapping mapping, int formulaNumber, Column cells)
    {
        var input = mapping.Target;
        var flags = _inputFlags[input.Ordinal];
        EvaluateFormula(formulaNumber, input.Name, mapping.Formula.Syntax.Span.Location, _everyUnit, cells, flags);
        var clamped = new List<int>();
        for (var u = 0; u < _unitCount; u++)
        {
            if (!cells.Present[u])
            {
                continue;
            }

            var value = cells.Values[u];
            var bounded = Math.Clamp(value, input.Minimum ?? value, input.Maximum ?? value);
            if (bounded != value)
            {
                clamped.Add(u);
            }

            cells.Values[u] = bounded;
            flags[u] |= CellFlags.Mapped;
        }

        if (clamped.Count > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.MappedOutOfRange, input.Location, input.Name, UnitList(clamped));
        }
    }

    private void ApplyInputPolicy(InputSymbol input, MissingPolicy policy, Column cells)
    {
        var missing = new List<int>();
        for (var u = 0; u < _unitCount; u++)
        {
            if (!cells.Present[u])
            {
                missing.Add(u);
            }
        }

        if (missing.Count == 0 || policy == MissingPolicy.Exclude)
        {
            return;
        }

        var flags = _inputFlags[input.Ordinal];
        var mean = policy == MissingPolicy.Mean ? MeanOf(cells) : null;
        foreach (var u in missing)
        {
            cells.Set(u, mean ?? 0m);
            flags[u] = mean is null ? CellFlags.Missing : CellFlags.Imputed;
        }

        if (policy == MissingPolicy.Error)
        {
            ReportMissing(input.Name, input.Location, missing, $"the column '{input.Name}'");
        }
    }

    /// <summary>The mean of the units that have a value, added in unit order; null when none has one. The <c>mean</c> policy imputes it.</summary>
    private static decimal? MeanOf(Column cells)
    {
        var (sum, count) = (0m, 0);
        for (var u = 0; u < cells.Count; u++)
        {
            if (cells.Present[u])
            {
                sum += cells.Values[u];
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }

    private void LoadGivenValues()
    {
        var givenAtOrAbove = new bool[]?[_ruleset.Nodes.Count];
        foreach (var node in _ruleset.Nodes)
        {
            var given = GivenValues(node);
            var above = node.Parent is { } parent ? givenAtOrAbove[parent.Ordinal] : null;
            _given[node.Ordinal] = given;
            _givenAbove[node.Ordinal] = above;
            givenAtOrAbove[node.Ordinal] = given is null ? above : Or(above, given);
        }
    }

    /// <summary>The node's points given by the data (its value × max, or its points), or null when no column gives it.</summary>
    private decimal?[]? GivenValues(NodeSymbol node)
    {
        decimal?[]? given = null;
        foreach (var id in _plan.GivenColumns[node.Ordinal])
        {
            if (_data.TryGetColumn(id, out var values))
            {
                given ??= new decimal?[_unitCount];
                for (var u = 0; u < _unitCount; u++)
                {
                    given[u] ??= values[u] * node.MaxPoints;
                }
            }

            if (_data.TryGetColumn(id + DataSchema.PointsSuffix, out var points))
            {
                given ??= new decimal?[_unitCount];
                for (var u = 0; u < _unitCount; u++)
                {
                    given[u] ??= points[u];
                }
            }
        }

        return given;
    }

    private bool[] Or(bool[]? above, decimal?[] given)
    {
        var mask = above is null ? new bool[_unitCount] : (bool[])above.Clone();
        for (var u = 0; u < _unitCount; u++)
        {
            mask[u] |= given[u] is not null;
        }

        return mask;
    }
}
