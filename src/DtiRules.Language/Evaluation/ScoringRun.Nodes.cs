using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Evaluation;

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
        var points = _points[node.Ordinal];
        var flags = _nodeFlags[node.Ordinal];
        var given = _given[node.Ordinal];
        var givenAbove = _givenAbove[node.Ordinal];
        if (node is { Formula: { } formula, IsUnscored: false } && Eligible(given, givenAbove) is { } eligible)
        {
            EvaluateFormula(FormulaNumbers.Node(node), node.Name, formula.Syntax.Span.Location, eligible, points, flags);
        }

        var missing = new List<int>();
        var clamped = new List<int>();
        decimal? firstClampedValue = null;
        for (var u = 0; u < _unitCount; u++)
        {
            if (givenAbove is not null && givenAbove[u])
            {
                flags[u] = CellFlags.Skipped;
                if (given?[u] is not null)
                {
                    _diagnostics.Report(DiagnosticDescriptors.GivenValueUnused, node.Location, node.Name, _data.Units[u].Name, NearestGivenAncestor(node, u).Name);
                }

                continue;
            }

            if (given?[u] is { } givenPoints)
            {
                points.Set(u, givenPoints);
                flags[u] = CellFlags.Given;
                continue;
            }

            if (node.IsUnscored || (flags[u] & CellFlags.Failed) != 0)
            {
                continue;
            }

            var (value, rescaled) = node.Formula is null ? SumChildren(node, u) : (points[u], false);
            if (rescaled)
            {
                flags[u] |= CellFlags.Rescaled;
            }

            if (value is not { } computed)
            {
                missing.Add(u);
                continue;
            }

            var bounded = ScalarFunctions.Clamp(computed, 0m, node.MaxPoints);
            if (Math.Abs(bounded - computed) > RoundingSlack)
            {
                flags[u] |= CellFlags.Clamped;
                clamped.Add(u);
                firstClampedValue ??= computed;
            }

            points.Set(u, bounded);
        }

        if (clamped.Count > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.Clamped, node.Formula?.Syntax.Span.Location ?? node.Location, node.Name, Format(firstClampedValue!.Value), UnitList(clamped), Format(node.MaxPoints));
        }

        ApplyNodePolicy(node, missing);
    }

    /// <summary>The units a node's formula is computed for: not given, without a given ancestor; null when there are none.</summary>
    private bool[]? Eligible(decimal?[]? given, bool[]? givenAbove)
    {
        if (given is null && givenAbove is null)
        {
            return _unitCount > 0 ? _everyUnit : null;
        }

        var eligible = new bool[_unitCount];
        var any = false;
        for (var u = 0; u < _unitCount; u++)
        {
            eligible[u] = given?[u] is null && !(givenAbove?[u] ?? false);
            any |= eligible[u];
        }

        return any ? eligible : null;
    }

    private NodeSymbol NearestGivenAncestor(NodeSymbol node, int unit)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (_given[ancestor.Ordinal]?[unit] is not null)
            {
                return ancestor;
            }
        }

        throw new InvalidOperationException($"'{node.Name}' is skipped for unit {unit} without a given ancestor.");
    }

    /// <summary>Sums the scored children; excluded children are left out and the rest rescaled to the node's max.</summary>
    private (decimal? Points, bool Rescaled) SumChildren(NodeSymbol node, int unit)
    {
        decimal sum = 0m, availableMax = 0m;
        var excluded = false;
        foreach (var child in _plan.ScoredChildren[node.Ordinal])
        {
            var childPoints = _points[child.Ordinal];
            if (childPoints.Present[unit])
            {
                sum += childPoints.Values[unit];
                availableMax += child.MaxPoints;
            }
            else
            {
                excluded = true;
            }
        }

        if (!excluded)
        {
            return (sum, false);
        }

        return availableMax == 0m ? (null, false) : (sum * node.MaxPoints / availableMax, true);
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
                missing.ForEach(u => flags[u] |= CellFlags.Missing);
                return;
            case MissingPolicy.Mean when MeanOf(points) is { } mean:
                Fill(points, flags, missing, mean, CellFlags.Imputed);
                return;
            case MissingPolicy.Error:
                ReportMissing(node.Name, node.Location, missing, $"the inputs of '{node.Name}' or the column '{node.Name}'");
                break;
        }

        Fill(points, flags, missing, 0m, CellFlags.Missing);
    }

    private static void Fill(Column points, CellFlags[] flags, List<int> units, decimal value, CellFlags flag)
    {
        foreach (var u in units)
        {
            points.Set(u, value);
            flags[u] |= flag;
        }
    }

    private void EvaluateOutput(OutputSymbol output) =>
        EvaluateFormula(FormulaNumbers.Output(_ruleset, output), output.Name, output.Formula.Syntax.Span.Location, _everyUnit, _outputs[output.Ordinal], new CellFlags[_unitCount]);
}
