using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring.Resources;

namespace DtiRules.Scoring;

public sealed partial class ScoringRun
{
    /// <summary>The input's column: the data's own (shared, never written), a mapping's, or none; then its policy fills a copy.</summary>
    private void LoadInput(InputSymbol input)
    {
        if (_baseline is not null)
        {
            _inputFlags[input.Ordinal] = new CellFlagColumn(_unitCount);
        }

        var column = _data.Find(input.Name);
        var shared = column is not null;
        if (column is null)
        {
            column = new Column(_unitCount);
            if (MappingFor(input) is { } mapping)
            {
                ApplyMapping(_ruleset.Mappings[mapping], FormulaNumbers.Mapping(_ruleset, mapping), column);
            }
        }

        _inputs[input.Ordinal] = input.Policy is { } policy ? ApplyInputPolicy(input, policy, column, shared) : column;
    }

    /// <summary>The index of the first mapping of <paramref name="input"/> whose columns are all in the data, or null.</summary>
    private int? MappingFor(InputSymbol input)
    {
        for (var i = 0; i < _ruleset.Mappings.Count; i++)
        {
            var mapping = _ruleset.Mappings[i];
            if (mapping.Target == input && mapping.SourceFields.All(f => _data.Find(f) is not null))
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
            flags.Add(u, CellFlags.Mapped);
        }

        if (clamped.Count > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.MappedOutOfRange, input.Location, input.Name, UnitList(clamped));
        }
    }

    /// <summary>Fills the missing cells as the policy says, in a copy when the column is the data's own.</summary>
    private Column ApplyInputPolicy(InputSymbol input, MissingPolicy policy, Column cells, bool shared)
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
            return cells;
        }

        var filled = shared ? cells.Clone() : cells;
        var flags = _inputFlags[input.Ordinal];
        var mean = policy == MissingPolicy.Mean ? MeanOf(cells) : null;
        foreach (var u in missing)
        {
            filled.Set(u, mean ?? 0m);
            flags.Set(u, mean is null ? CellFlags.Missing : CellFlags.Imputed);
        }

        if (policy == MissingPolicy.Error)
        {
            ReportMissing(input.Name, input.Location, missing, DiagnosticTexts.Phrase(nameof(DiagnosticText.Supply_Column), input.Name));
        }

        return filled;
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
        var everyUnitAtOrAbove = new bool[_ruleset.Nodes.Count];
        foreach (var node in _ruleset.Nodes)
        {
            var given = GivenValues(node);
            var parent = node.Parent;
            var above = parent is null ? null : givenAtOrAbove[parent.Ordinal];
            _given[node.Ordinal] = given;
            _givenAbove[node.Ordinal] = above;
            _givenAboveEveryUnit[node.Ordinal] = parent is not null && everyUnitAtOrAbove[parent.Ordinal];
            if (given is null || node.IsLeaf)
            {
                givenAtOrAbove[node.Ordinal] = above;
                everyUnitAtOrAbove[node.Ordinal] = _givenAboveEveryUnit[node.Ordinal];
            }
            else
            {
                var mask = Or(above, given);
                givenAtOrAbove[node.Ordinal] = mask;
                everyUnitAtOrAbove[node.Ordinal] = Array.TrueForAll(mask, g => g);
            }
        }
    }

    /// <summary>
    /// The node's points given by the data (its value × max, or its points; the first column that
    /// has a unit's wins), or null when no column gives it. A points column that alone gives the
    /// node is taken as it is: the data's columns are never written to.
    /// </summary>
    private Column? GivenValues(NodeSymbol node)
    {
        Column? single = null;
        Column? given = null;
        foreach (var (valueColumn, pointsColumn) in _plan.GivenColumns[node.Ordinal])
        {
            if (_data.Find(valueColumn) is { } values)
            {
                given ??= single?.Clone() ?? new Column(_unitCount);
                single = null;
                for (var u = 0; u < _unitCount; u++)
                {
                    if (!given.Present[u] && values.Present[u])
                    {
                        given.Set(u, values.Values[u] * node.MaxPoints);
                    }
                }
            }

            if (_data.Find(pointsColumn) is { } points)
            {
                if (given is null && single is null)
                {
                    single = points;
                    continue;
                }

                given ??= single!.Clone();
                single = null;
                for (var u = 0; u < _unitCount; u++)
                {
                    if (!given.Present[u] && points.Present[u])
                    {
                        given.Set(u, points.Values[u]);
                    }
                }
            }
        }

        return single ?? given;
    }

    private bool[] Or(bool[]? above, Column given)
    {
        var mask = above is null ? new bool[_unitCount] : (bool[])above.Clone();
        for (var u = 0; u < _unitCount; u++)
        {
            mask[u] |= given.Present[u];
        }

        return mask;
    }
}
