using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Evaluation;

internal sealed partial class ScoringRun
{
    /// <summary>Evaluates a formula for one unit; a failure is reported once and flags the cell.</summary>
    private decimal? EvaluateFormula(object owner, BoundExpression formula, int unit, CellFlags[] flags)
    {
        try
        {
            return Evaluate(formula, unit);
        }
        catch (DivideByZeroException)
        {
            ReportFailure(DiagnosticDescriptors.DivisionByZero, owner, formula, unit);
        }
        catch (OverflowException)
        {
            ReportFailure(DiagnosticDescriptors.Overflow, owner, formula, unit);
        }

        flags[unit] |= CellFlags.Failed;
        return null;
    }

    private void ReportFailure(DiagnosticDescriptor descriptor, object owner, BoundExpression formula, int unit)
    {
        var location = formula.Syntax.Span.Location;
        var name = owner switch
        {
            NodeSymbol node => node.Name,
            InputSymbol input => input.Name,
            _ => ((OutputSymbol)owner).Name,
        };
        _diagnostics.Report(descriptor, location, name, _data.Units[unit].Name);
    }

    private decimal? Evaluate(BoundExpression expression, int unit)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case BoundLiteral literal:
                return literal.Value;
            case BoundInputReference input:
                return _inputs[input.Input.Ordinal][unit];
            case BoundNodeReference { AsValue: true } node:
                return node.Node.IsUnscored ? null : _points[node.Node.Ordinal][unit] / node.Node.MaxPoints;
            case BoundNodeReference node:
                return _points[node.Node.Ordinal][unit];
            case BoundOutputReference output:
                return _outputs[output.Output.Ordinal][unit];
            case BoundTotal:
                return Total(unit);
            case BoundSourceField source:
                return _data.TryGetColumn(source.Field, out var column) ? column[unit] : null;
            case BoundUnaryExpression unary:
                return Operators.Unary(unary.OperatorKind, Evaluate(unary.Operand, unit));
            case BoundBinaryExpression binary:
                return Operators.Binary(binary.OperatorKind, Evaluate(binary.Left, unit), Evaluate(binary.Right, unit));
            case BoundConditionalExpression conditional:
                return Evaluate(conditional.Condition, unit) switch
                {
                    null => null,
                    0m => Evaluate(conditional.WhenFalse, unit),
                    _ => Evaluate(conditional.WhenTrue, unit),
                };
            case BoundScalarCall call:
                var arguments = new decimal?[call.Arguments.Length];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Evaluate(call.Arguments[i], unit);
                }

                return ScalarFunctions.Call(call.Function, arguments);
            case BoundCohortCall cohort:
                return CohortColumn(cohort)[unit];
            case BoundTiersExpression tiers:
                return EvaluateTiers(tiers, unit);
            case BoundLevelTableExpression table:
                return Evaluate(table.Subject, unit) is { } ordinal ? Evaluate(table.ValuesByOrdinal[(int)ordinal], unit) : null;
            default:
                throw new InvalidOperationException($"Unexpected bound node {expression.GetType().Name}: the binder must not let it through.");
        }
    }

    private decimal? EvaluateTiers(BoundTiersExpression tiers, int unit)
    {
        if (Evaluate(tiers.Subject, unit) is not { } subject)
        {
            return null;
        }

        foreach (var arm in tiers.Arms)
        {
            if (Operators.TierHolds(arm.Comparison, subject, arm.Threshold))
            {
                return Evaluate(arm.Value, unit);
            }
        }

        return Evaluate(tiers.Else, unit);
    }

    private decimal? Total(int unit)
    {
        var total = 0m;
        foreach (var root in _ruleset.Roots.Where(r => !r.IsUnscored))
        {
            if (_points[root.Ordinal][unit] is not { } points)
            {
                return null;
            }

            total += points;
        }

        return total;
    }

    /// <summary>The cohort function's value for every unit, computed once per call site per run.</summary>
    private decimal?[] CohortColumn(BoundCohortCall call)
    {
        if (_cohortCache[call.Slot] is { } cached)
        {
            return cached;
        }

        var argument = new decimal?[_unitCount];
        for (var u = 0; u < _unitCount; u++)
        {
            argument[u] = Evaluate(call.Argument, u);
        }

        _cohortArguments[call.Slot] = argument;
        return _cohortCache[call.Slot] = CohortFunctions.Compute(call.Function, argument);
    }
}
