using System.Numerics;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring.Resources;

namespace DtiRules.Scoring;

public sealed partial class ScoringRun
{
    /// <summary>
    /// How far past 0..max a result may land without being reported as clamped: decimal division
    /// keeps 28 digits, so 5 / 7.5 × 7.5 can exceed 5 in the last digit. Such results are still
    /// bounded, silently.
    /// </summary>
    private const decimal RoundingSlack = 0.000000000001m;

    private void EvaluateNode(NodeSymbol node)
    {
        var given = _given[node.Ordinal];
        var givenAbove = _givenAbove[node.Ordinal];
        if (given is null && _givenAboveEveryUnit[node.Ordinal])
        {
            // Skipped for every unit under a given ancestor (a re-weighting gives the main indices):
            // nothing is computed or written, so every such node shares one empty column.
            _points[node.Ordinal] = _skippedPoints ??= new Column(_unitCount);
            _nodeFlags[node.Ordinal] = _skippedFlags ??= SkippedFlags();
            return;
        }

        if (_baseline is not null)
        {
            _nodeFlags[node.Ordinal] = new CellFlagColumn(_unitCount);
        }

        var flags = _nodeFlags[node.Ordinal];
        if (givenAbove is null && given is not null && Array.TrueForAll(given.Present, p => p))
        {
            // Given for every unit (re-weightings give the main indices): the data's points are the node's.
            _points[node.Ordinal] = given;
            flags.Fill(CellFlags.Given);
            return;
        }

        if (_baseline is not null)
        {
            _points[node.Ordinal] = new Column(_unitCount);
        }

        var points = _points[node.Ordinal];

        var eligible = node.IsUnscored ? null : Eligible(given, givenAbove);
        if (eligible is not null)
        {
            if (node.Formula is { } formula)
            {
                EvaluateFormula(FormulaNumbers.Node(node), node.Name, formula.Syntax.Span.Location, eligible, points, flags);
            }
            else
            {
                SumChildren(node, eligible, points, flags);
            }
        }

        var missing = new List<int>();
        var clamped = new List<int>();
        decimal? firstClampedValue = null;
        var present = points.Present;
        for (var u = 0; u < present.Length; u++)
        {
            if (eligible is not null && eligible[u])
            {
                if (!present[u])
                {
                    if ((flags[u] & CellFlags.Failed) == 0)
                    {
                        missing.Add(u);
                    }
                }
                else if (Clamp(points, u, node.MaxPoints) is { } unclamped)
                {
                    flags.Add(u, CellFlags.Clamped);
                    clamped.Add(u);
                    firstClampedValue ??= unclamped;
                }
            }
            else if (givenAbove is not null && givenAbove[u])
            {
                flags.Set(u, CellFlags.Skipped);
                if (given is not null && given.Present[u])
                {
                    _diagnostics.Report(DiagnosticDescriptors.GivenValueUnused, node.Location, node.Name, _data.Units[u].Name, NearestGivenAncestor(node, u).Name);
                }
            }
            else if (given is not null && given.Present[u])
            {
                points.Set(u, given.Values[u]);
                flags.Set(u, CellFlags.Given);
            }
        }

        if (clamped.Count > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.Clamped, node.Formula?.Syntax.Span.Location ?? node.Location, node.Name, Format(firstClampedValue!.Value), UnitList(clamped), Format(node.MaxPoints));
        }

        ApplyNodePolicy(node, missing);
    }

    private CellFlagColumn SkippedFlags()
    {
        var flags = new CellFlagColumn(_unitCount);
        flags.Fill(CellFlags.Skipped);
        return flags;
    }

    /// <summary>Bounds the unit's points to 0..max; returns the value before when it was beyond by more than the rounding slack.</summary>
    private static decimal? Clamp(Column points, int unit, decimal max)
    {
        var computed = points.Values[unit];
        // The sign and zero tests read the decimal's bits; only the comparison with max aligns scales.
        if (!decimal.IsNegative(computed) && !IsZero(computed) && computed < max)
        {
            return null;
        }

        // At the bounds too, so a result equal to a bound takes the bound's own digits as before.
        var bounded = ScalarFunctions.Clamp(computed, 0m, max);
        points.Values[unit] = bounded;
        return Math.Abs(bounded - computed) > RoundingSlack ? computed : null;
    }

    private static bool IsZero<T>(T value)
        where T : INumberBase<T> => T.IsZero(value);

    /// <summary>The units a node is computed for: not given, without a given ancestor; null when there are none.</summary>
    private bool[]? Eligible(Column? given, bool[]? givenAbove)
    {
        if (given is null && givenAbove is null)
        {
            return _unitCount > 0 ? _everyUnit : null;
        }

        var eligible = new bool[_unitCount];
        var any = false;
        for (var u = 0; u < _unitCount; u++)
        {
            eligible[u] = !(given?.Present[u] ?? false) && !(givenAbove?[u] ?? false);
            any |= eligible[u];
        }

        return any ? eligible : null;
    }

    private NodeSymbol NearestGivenAncestor(NodeSymbol node, int unit)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (_given[ancestor.Ordinal]?.Present[unit] ?? false)
            {
                return ancestor;
            }
        }

        throw new InvalidOperationException($"'{node.Name}' is skipped for unit {unit} without a given ancestor.");
    }

    /// <summary>
    /// Adds up the scored children, child by child over every eligible unit. A unit missing some
    /// children has them left out and the rest rescaled to the node's max; missing all, it is missing.
    /// </summary>
    private void SumChildren(NodeSymbol node, bool[] eligible, Column points, CellFlagColumn flags)
    {
        var children = _plan.ScoredChildren[node.Ordinal];
        var (sums, present) = (points.Values, points.Present);
        var excluded = new bool[_unitCount];
        var anyExcluded = false;
        Array.Copy(eligible, present, _unitCount);
        foreach (var child in children)
        {
            var (childValues, childPresent) = (_points[child.Ordinal].Values, _points[child.Ordinal].Present);
            for (var u = 0; u < sums.Length; u++)
            {
                if (!eligible[u])
                {
                    continue;
                }

                if (childPresent[u])
                {
                    sums[u] += childValues[u];
                }
                else
                {
                    excluded[u] = true;
                    anyExcluded = true;
                }
            }
        }

        if (anyExcluded)
        {
            Rescale(node, children, excluded, points, flags);
        }
    }

    /// <summary>Rescales the sum of the children present to the node's max, for each unit missing some.</summary>
    private void Rescale(NodeSymbol node, NodeSymbol[] children, bool[] excluded, Column points, CellFlagColumn flags)
    {
        for (var u = 0; u < _unitCount; u++)
        {
            if (!excluded[u])
            {
                continue;
            }

            var availableMax = 0m;
            foreach (var child in children)
            {
                if (_points[child.Ordinal].Present[u])
                {
                    availableMax += child.MaxPoints;
                }
            }

            if (availableMax == 0m)
            {
                points.Present[u] = false;
            }
            else
            {
                points.Values[u] = points.Values[u] * node.MaxPoints / availableMax;
                flags.Add(u, CellFlags.Rescaled);
            }
        }
    }

    private void ApplyNodePolicy(NodeSymbol node, List<int> missing)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var points = _points[node.Ordinal];
        var flags = _nodeFlags[node.Ordinal];
        switch (node.Policy)
        {
            case MissingPolicy.Exclude:
                missing.ForEach(u => flags.Add(u, CellFlags.Missing));
                return;
            case MissingPolicy.Mean when MeanOf(points) is { } mean:
                Fill(points, flags, missing, mean, CellFlags.Imputed);
                return;
            case MissingPolicy.Error:
                ReportMissing(node.Name, node.Location, missing, DiagnosticTexts.Phrase(nameof(DiagnosticText.Supply_InputsOrColumn), node.Name));
                break;
        }

        Fill(points, flags, missing, 0m, CellFlags.Missing);
    }

    private static void Fill(Column points, CellFlagColumn flags, List<int> units, decimal value, CellFlags flag)
    {
        foreach (var u in units)
        {
            points.Set(u, value);
            flags.Add(u, flag);
        }
    }

    /// <summary>Computes the output, then takes the data's value where the data gives one (a published pillar table).</summary>
    private void EvaluateOutput(OutputSymbol output)
    {
        if (_baseline is not null)
        {
            _outputs[output.Ordinal] = new Column(_unitCount);
        }

        var values = _outputs[output.Ordinal];
        EvaluateFormula(FormulaNumbers.Output(_ruleset, output), output.Name, output.Formula.Syntax.Span.Location, _everyUnit, values, new CellFlagColumn(_unitCount));
        if (_data.Find(output.Name) is { } given)
        {
            for (var u = 0; u < _unitCount; u++)
            {
                if (given.Present[u])
                {
                    values.Set(u, given.Values[u]);
                }
            }
        }
    }
}
