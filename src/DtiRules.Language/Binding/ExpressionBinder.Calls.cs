using System.Collections.Immutable;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private sealed partial class ExpressionBinder
    {
        private BoundExpression BindCall(CallExpressionSyntax syntax)
        {
            var name = syntax.Function.Name;
            if (name == "value")
            {
                return BindValueOf(syntax);
            }

            switch (BuiltinFunctions.Find(name))
            {
                case CohortBuiltin cohort:
                    return BindCohortCall(syntax, cohort);
                case ScalarBuiltin scalar:
                    return BindScalarCall(syntax, scalar);
                default:
                    foreach (var argument in syntax.Arguments)
                    {
                        Bind(argument);
                    }

                    owner.Report(DiagnosticDescriptors.UnknownFunction, syntax.Function.Span, name,
                        DidYouMean(name, BuiltinFunctions.All.Select(f => f.Name).Append("value")));
                    return new BoundErrorExpression(syntax);
            }
        }

        private BoundExpression BindScalarCall(CallExpressionSyntax syntax, ScalarBuiltin function)
        {
            var arguments = syntax.Arguments.Select(Bind).ToImmutableArray();
            if (!function.Accepts(arguments.Length))
            {
                owner.Report(DiagnosticDescriptors.ArgumentCount, syntax.Span, function.Name, function.ArityText, arguments.Length);
                return new BoundErrorExpression(syntax);
            }

            var ok = true;
            for (var i = 0; i < arguments.Length; i++)
            {
                ok &= RequireNumeric(arguments[i], syntax.Arguments[i]);
            }

            for (var i = 0; ok && i < arguments.Length; i++)
            {
                var parameter = function.Parameters[function.IsVariadic ? 0 : i];
                if (parameter.Kind == ParameterKind.Decimals && !IsWholeConstant(arguments[i], 0, BuiltinLimits.MaxDecimals))
                {
                    owner.Report(DiagnosticDescriptors.NotConstant, syntax.Arguments[i].Span, DiagnosticTexts.Phrase(nameof(DiagnosticText.ParameterOf), parameter.Name, function.Name), 0, BuiltinLimits.MaxDecimals);
                    ok = false;
                }
            }

            if (ok)
            {
                WarnOfReversedBounds(syntax, function, arguments);
            }

            return ok ? new BoundScalarCall(syntax, function, arguments) : new BoundErrorExpression(syntax);
        }

        /// <summary>Constant bounds written the wrong way round make the function always give the lower one.</summary>
        private void WarnOfReversedBounds(CallExpressionSyntax syntax, ScalarBuiltin function, ImmutableArray<BoundExpression> arguments)
        {
            var low = function.Parameters.ToList().FindIndex(p => p.Kind == ParameterKind.LowerBound);
            var high = function.Parameters.ToList().FindIndex(p => p.Kind == ParameterKind.UpperBound);
            if (low >= 0 && high >= 0 && !function.IsVariadic
                && arguments[low] is BoundLiteral { Value: var lowValue } && arguments[high] is BoundLiteral { Value: var highValue } && lowValue > highValue)
            {
                owner.Report(DiagnosticDescriptors.ReversedBounds, syntax.Span, function.Name, function.Parameters[low].Name, lowValue, function.Parameters[high].Name, highValue);
            }
        }

        private static bool IsWholeConstant(BoundExpression expression, int minimum, int maximum) =>
            expression is BoundLiteral { Value: var v } && v == decimal.Truncate(v) && v >= minimum && v <= maximum;

        private BoundExpression BindValueOf(CallExpressionSyntax syntax)
        {
            if (syntax.Arguments.Length != 1)
            {
                owner.Report(DiagnosticDescriptors.ArgumentCount, syntax.Span, "value", DiagnosticTexts.Phrase(nameof(DiagnosticText.ValueArguments)), syntax.Arguments.Length);
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
                        BoundInputReference => DiagnosticTexts.Phrase(nameof(DiagnosticText.What_Input)),
                        BoundOutputReference => DiagnosticTexts.Phrase(nameof(DiagnosticText.What_Output)),
                        _ => DiagnosticTexts.Phrase(nameof(DiagnosticText.What_NotNode)),
                    };
                    owner.Report(DiagnosticDescriptors.NotANode, syntax.Arguments[0].Span, "value", TextOf(syntax.Arguments[0]), what);
                    return new BoundErrorExpression(syntax);
            }
        }

        private BoundExpression BindCohortCall(CallExpressionSyntax syntax, CohortBuiltin function)
        {
            var name = syntax.Function.Name;
            if (insideCohort || inMapping)
            {
                var where = inMapping ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Where_InMapping)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.Where_InsideCohort));
                owner.Report(DiagnosticDescriptors.CohortNotAllowed, syntax.Function.Span, name, where);
                foreach (var nested in syntax.Arguments)
                {
                    Bind(nested);
                }

                return new BoundErrorExpression(syntax);
            }

            if (!function.Accepts(syntax.Arguments.Length))
            {
                owner.Report(DiagnosticDescriptors.ArgumentCount, syntax.Span, name, function.ArityText, syntax.Arguments.Length);
                return new BoundErrorExpression(syntax);
            }

            var argument = new ExpressionBinder(owner, insideCohort: true).Bind(syntax.Arguments[0]);
            return RequireNumeric(argument, syntax.Arguments[0])
                ? new BoundCohortCall(syntax, function, argument, owner.NextCohortSlot())
                : new BoundErrorExpression(syntax);
        }
    }
}
