using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Evaluation;

internal sealed partial class ScoringRun
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
        var missing = new List<int>();
        var clamped = new List<int>();
        decimal? firstClampedValue = null;
        for (var u = 0; u < _unitCount; u++)
        {
            if (GivenAncestor(node, u) is { } ancestor)
            {
                flags[u] = CellFlags.Skipped;
                if (_given[node.Ordinal][u] is not null)
                {
                    _diagnostics.Report(DiagnosticDescriptors.GivenValueUnused, node.Location, node.Name, _data.Units[u].Name, ancestor.Name);
                }

                continue;
            }

            if (_given[node.Ordinal][u] is { } given)
            {
                points[u] = given;
                flags[u] = CellFlags.Given;
                continue;
            }

            if (node.IsUnscored)
            {
                continue;
            }

            var (value, rescaled) = node.Formula is { } formula ? (EvaluateFormula(node, formula, FormulaNumbers.Node(node), u, flags), false) : SumChildren(node, u);
            if (rescaled)
            {
                flags[u] |= CellFlags.Rescaled;
            }

            if (value is not { } computed)
            {
                if (!flags[u].HasFlag(CellFlags.Failed))
                {
                    missing.Add(u);
                }

                continue;
            }

            var bounded = ScalarFunctions.Clamp(computed, 0m, node.MaxPoints);
            if (Math.Abs(bounded - computed) > RoundingSlack)
            {
                flags[u] |= CellFlags.Clamped;
                clamped.Add(u);
                firstClampedValue ??= computed;
            }

            points[u] = bounded;
        }

        if (clamped.Count > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.Clamped, node.Formula?.Syntax.Span.Location ?? node.Location, node.Name, Format(firstClampedValue!.Value), UnitList(clamped), Format(node.MaxPoints));
        }

        ApplyNodePolicy(node, missing);
    }

    private NodeSymbol? GivenAncestor(NodeSymbol node, int unit)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (_given[ancestor.Ordinal][unit] is not null)
            {
                return ancestor;
            }
        }

        return null;
    }

    /// <summary>Sums the scored children; excluded children are left out and the rest rescaled to the node's max.</summary>
    private (decimal? Points, bool Rescaled) SumChildren(NodeSymbol node, int unit)
    {
        decimal sum = 0m, availableMax = 0m;
        var excluded = false;
        foreach (var child in node.Children.Where(c => !c.IsUnscored))
        {
            if (_points[child.Ordinal][unit] is { } childPoints)
            {
                sum += childPoints;
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
            case MissingPolicy.Mean when CohortFunctions.MeanOf(points) is { } mean:
                missing.ForEach(u => (points[u], flags[u]) = (mean, flags[u] | CellFlags.Imputed));
                return;
            case MissingPolicy.Error:
                ReportMissing(node.Name, node.Location, missing, $"the inputs of '{node.Name}' or the column '{node.Name}'");
                break;
        }

        missing.ForEach(u => (points[u], flags[u]) = (0m, flags[u] | CellFlags.Missing));
    }

    private void EvaluateOutput(OutputSymbol output)
    {
        var values = _outputs[output.Ordinal];
        var flags = new CellFlags[_unitCount];
        var formulaNumber = FormulaNumbers.Output(_ruleset, output);
        for (var u = 0; u < _unitCount; u++)
        {
            values[u] = EvaluateFormula(output, output.Formula, formulaNumber, u, flags);
        }
    }
}
