using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;

namespace DtiRules.Scoring.Interpretation;

/// <summary>
/// The reference engine's formulas: walks a formula's bound tree for one unit at a time. Missing
/// data is null and propagates through every operation; both operands of an operator and every
/// argument of a function are evaluated before it applies, a condition before the one branch it
/// selects. Stateless, so one instance serves every run of its ruleset.
/// </summary>
internal sealed class TreeEvaluator : IColumnEvaluator
{
    private readonly BoundExpression?[] _formulas;

    public TreeEvaluator(BoundRuleset ruleset)
    {
        _formulas = new BoundExpression?[FormulaNumbers.Count(ruleset)];
        foreach (var node in ruleset.Nodes)
        {
            _formulas[FormulaNumbers.Node(node)] = node.Formula;
        }

        foreach (var output in ruleset.Outputs)
        {
            _formulas[FormulaNumbers.Output(ruleset, output)] = output.Formula;
        }

        for (var i = 0; i < ruleset.Mappings.Count; i++)
        {
            _formulas[FormulaNumbers.Mapping(ruleset, i)] = ruleset.Mappings[i].Formula;
        }

        foreach (var call in ruleset.Nodes.Select(n => n.Formula).Concat(ruleset.Outputs.Select(o => o.Formula)).OfType<BoundExpression>()
            .SelectMany(BoundTreeChildren.DescendantsAndSelf).OfType<BoundCohortCall>())
        {
            _formulas[FormulaNumbers.CohortArgument(ruleset, call.Slot)] = call.Argument;
        }
    }

    public void Evaluate(int formula, ScoringColumns columns, FormulaTarget target)
    {
        var expression = _formulas[formula] ?? throw new ArgumentOutOfRangeException(nameof(formula), $"Formula {formula} is a node that sums its children.");
        var walk = new Walk(columns);
        for (var u = 0; u < target.Eligible.Length; u++)
        {
            if (!target.Eligible[u])
            {
                continue;
            }

            try
            {
                var value = walk.Evaluate(expression, u);
                target.Present[u] = value.HasValue;
                target.Values[u] = value.GetValueOrDefault();
            }
            catch (ArithmeticException failure)
            {
                target.Fail(u, failure);
            }
        }
    }

    /// <summary>One formula's walk over the run's columns.</summary>
    private readonly struct Walk(ScoringColumns columns)
    {
        public decimal? Evaluate(BoundExpression expression, int unit)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (expression)
            {
                case BoundLiteral literal:
                    return literal.Value;
                case BoundInputReference input:
                    return columns.Input(input.Input.Ordinal)[unit];
                case BoundNodeReference { AsValue: true } node:
                    return node.Node.IsUnscored || columns.Points(node.Node.Ordinal)[unit] is not { } points
                        ? null
                        : BinaryOperators.Of(BoundBinaryOperatorKind.Divide).Apply(points, node.Node.MaxPoints);
                case BoundNodeReference node:
                    return columns.Points(node.Node.Ordinal)[unit];
                case BoundOutputReference output:
                    return columns.Output(output.Output.Ordinal)[unit];
                case BoundTotal:
                    return columns.Total[unit];
                case BoundSourceField source:
                    return columns.SourceField(source.Field)[unit];
                case BoundUnaryExpression unary:
                    return Evaluate(unary.Operand, unit) is { } operand ? Operators.Unary(unary.OperatorKind, operand) : null;
                case BoundBinaryExpression binary:
                    var left = Evaluate(binary.Left, unit);
                    var right = Evaluate(binary.Right, unit);
                    return left is { } a && right is { } b ? BinaryOperators.Of(binary.OperatorKind).Apply(a, b) : null;
                case BoundConditionalExpression conditional:
                    return Evaluate(conditional.Condition, unit) is not { } condition ? null
                        : Operators.IsYes(condition) ? Evaluate(conditional.WhenTrue, unit)
                        : Evaluate(conditional.WhenFalse, unit);
                case BoundScalarCall call:
                    return Call(call, unit);
                case BoundCohortCall cohort:
                    return columns.Cohort(cohort.Slot)[unit];
                case BoundTiersExpression tiers:
                    return Tiers(tiers, unit);
                case BoundLevelTableExpression table:
                    return Evaluate(table.Subject, unit) is { } ordinal ? Evaluate(table.ValuesByOrdinal[(int)ordinal], unit) : null;
                default:
                    throw new InvalidOperationException($"Unexpected bound node {expression.GetType().Name}: the binder must not let it through.");
            }
        }

        private decimal? Call(BoundScalarCall call, int unit)
        {
            Span<decimal> arguments = stackalloc decimal[call.Arguments.Length];
            var missing = false;
            for (var i = 0; i < arguments.Length; i++)
            {
                if (Evaluate(call.Arguments[i], unit) is { } argument)
                {
                    arguments[i] = argument;
                }
                else
                {
                    missing = true;
                }
            }

            return missing ? null : call.Function.Invoke(arguments);
        }

        private decimal? Tiers(BoundTiersExpression tiers, int unit)
        {
            if (Evaluate(tiers.Subject, unit) is not { } subject)
            {
                return null;
            }

            foreach (var arm in tiers.Arms)
            {
                if (Operators.IsYes(BinaryOperators.Of(arm.Comparison).Apply(subject, arm.Threshold)))
                {
                    return Evaluate(arm.Value, unit);
                }
            }

            return Evaluate(tiers.Else, unit);
        }
    }
}
