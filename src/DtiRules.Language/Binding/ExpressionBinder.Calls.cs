using System.Collections.Immutable;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private sealed partial class ExpressionBinder
    {
        private const int MaxRoundDigits = 10;

        private static readonly Dictionary<string, ScalarFunction> ScalarFunctions = new(StringComparer.Ordinal)
        {
            ["min"] = ScalarFunction.Min,
            ["max"] = ScalarFunction.Max,
            ["clamp"] = ScalarFunction.Clamp,
            ["round"] = ScalarFunction.Round,
            ["abs"] = ScalarFunction.Abs,
            ["ratio"] = ScalarFunction.Ratio,
        };

        private static readonly Dictionary<string, CohortFunction> CohortFunctions = new(StringComparer.Ordinal)
        {
            ["cohort_max"] = CohortFunction.Max,
            ["cohort_min"] = CohortFunction.Min,
            ["cohort_mean"] = CohortFunction.Mean,
            ["cohort_median"] = CohortFunction.Median,
            ["cohort_rank"] = CohortFunction.Rank,
            ["cohort_percentile"] = CohortFunction.Percentile,
            ["minmax"] = CohortFunction.MinMax,
            ["relative_to_best"] = CohortFunction.RelativeToBest,
        };

        private BoundExpression BindCall(CallExpressionSyntax syntax)
        {
            var name = syntax.Function.Name;
            if (name == "value")
            {
                return BindValueOf(syntax);
            }

            if (CohortFunctions.TryGetValue(name, out var cohort))
            {
                return BindCohortCall(syntax, cohort);
            }

            var arguments = syntax.Arguments.Select(Bind).ToImmutableArray();
            if (!ScalarFunctions.TryGetValue(name, out var function))
            {
                owner.Report(DiagnosticDescriptors.UnknownFunction, syntax.Function.Span, name,
                    DidYouMean(name, ScalarFunctions.Keys.Concat(CohortFunctions.Keys).Append("value")));
                return new BoundErrorExpression(syntax);
            }

            var (minimum, maximum, description) = function switch
            {
                ScalarFunction.Min or ScalarFunction.Max => (1, int.MaxValue, "one or more arguments"),
                ScalarFunction.Clamp => (3, 3, "3 arguments (x, low, high)"),
                ScalarFunction.Round => (2, 2, "2 arguments (x, decimals)"),
                ScalarFunction.Abs => (1, 1, "1 argument"),
                _ => (2, 2, "2 arguments (numerator, denominator)"),
            };
            if (arguments.Length < minimum || arguments.Length > maximum)
            {
                owner.Report(DiagnosticDescriptors.ArgumentCount, syntax.Span, name, description, arguments.Length);
                return new BoundErrorExpression(syntax);
            }

            var ok = true;
            for (var i = 0; i < arguments.Length; i++)
            {
                ok &= RequireNumeric(arguments[i], syntax.Arguments[i]);
            }

            if (ok && function == ScalarFunction.Round && !IsWholeConstant(arguments[1], 0, MaxRoundDigits))
            {
                owner.Report(DiagnosticDescriptors.NotConstant, syntax.Arguments[1].Span, "The decimals of 'round'", 0, MaxRoundDigits);
                ok = false;
            }

            return ok ? new BoundScalarCall(syntax, function, arguments) : new BoundErrorExpression(syntax);
        }

        private static bool IsWholeConstant(BoundExpression expression, int minimum, int maximum) =>
            expression is BoundLiteral { Value: var v } && v == decimal.Truncate(v) && v >= minimum && v <= maximum;

        private BoundExpression BindValueOf(CallExpressionSyntax syntax)
        {
            if (syntax.Arguments.Length != 1)
            {
                owner.Report(DiagnosticDescriptors.ArgumentCount, syntax.Span, "value", "1 argument (a node id)", syntax.Arguments.Length);
                return new BoundErrorExpression(syntax);
            }

            var argument = Bind(syntax.Arguments[0]);
            switch (argument)
            {
                case BoundNodeReference node:
                    return node with { Syntax = syntax, AsValue = true };
                case BoundErrorExpression:
                    return argument;
                default:
                    var what = argument switch
                    {
                        BoundInputReference => "an input",
                        BoundOutputReference => "an output (already a value)",
                        _ => "not a node",
                    };
                    owner.Report(DiagnosticDescriptors.NotANode, syntax.Arguments[0].Span, "value", TextOf(syntax.Arguments[0]), what);
                    return new BoundErrorExpression(syntax);
            }
        }

        private BoundExpression BindCohortCall(CallExpressionSyntax syntax, CohortFunction function)
        {
            var name = syntax.Function.Name;
            if (insideCohort || inMapping)
            {
                var where = inMapping ? "in an input mapping, which reads one unit's data" : "inside another cohort function's argument";
                owner.Report(DiagnosticDescriptors.CohortNotAllowed, syntax.Function.Span, name, where);
                foreach (var nested in syntax.Arguments)
                {
                    Bind(nested);
                }

                return new BoundErrorExpression(syntax);
            }

            if (syntax.Arguments.Length != 1)
            {
                owner.Report(DiagnosticDescriptors.ArgumentCount, syntax.Span, name, "1 argument", syntax.Arguments.Length);
                return new BoundErrorExpression(syntax);
            }

            var argument = new ExpressionBinder(owner, insideCohort: true).Bind(syntax.Arguments[0]);
            return RequireNumeric(argument, syntax.Arguments[0])
                ? new BoundCohortCall(syntax, function, argument, owner.NextCohortSlot())
                : new BoundErrorExpression(syntax);
        }
    }
}
