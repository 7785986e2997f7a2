using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private sealed partial class ExpressionBinder
    {
        private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
        {
            var left = Bind(syntax.Left);
            var right = Bind(syntax.Right);
            if (left.Type.Kind == TypeKind.Error || right.Type.Kind == TypeKind.Error)
            {
                return new BoundErrorExpression(syntax);
            }

            var binary = BinaryOperators.ForSyntax(syntax.Operator)
                ?? throw new InvalidOperationException($"The parser made '{syntax.Operator}' a binary operator.");
            return binary.Family switch
            {
                OperatorFamily.Arithmetic => Arithmetic(syntax, binary.Kind, left, right),
                OperatorFamily.Logical => Logical(syntax, binary, left, right),
                OperatorFamily.Comparison => Comparison(syntax, binary.Kind, left, right),
            };
        }

        private BoundExpression Arithmetic(BinaryExpressionSyntax syntax, BoundBinaryOperatorKind kind, BoundExpression left, BoundExpression right)
        {
            var leftOk = RequireNumeric(left, syntax.Left);
            var rightOk = RequireNumeric(right, syntax.Right);
            return leftOk && rightOk
                ? new BoundBinaryExpression(syntax, kind, left, right, RuleType.Number)
                : new BoundErrorExpression(syntax);
        }

        private BoundExpression Logical(BinaryExpressionSyntax syntax, BinaryOperator binary, BoundExpression left, BoundExpression right)
        {
            if (left.Type.Kind == TypeKind.YesNo && right.Type.Kind == TypeKind.YesNo)
            {
                return new BoundBinaryExpression(syntax, binary.Kind, left, right, RuleType.YesNo);
            }

            var word = binary.Symbol;
            return Mismatch(syntax, word, left, right, " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.Hint_JoinsYesNo), word));
        }

        private BoundExpression Comparison(BinaryExpressionSyntax syntax, BoundBinaryOperatorKind kind, BoundExpression left, BoundExpression right)
        {
            var isEquality = kind is BoundBinaryOperatorKind.Equal or BoundBinaryOperatorKind.NotEqual;
            if (left.Type.IsNumeric && right.Type.IsNumeric)
            {
                return new BoundBinaryExpression(syntax, kind, left, right, RuleType.YesNo);
            }

            if (left.Type.Kind == TypeKind.Level || right.Type.Kind == TypeKind.Level)
            {
                if (left.Type == right.Type)
                {
                    return new BoundBinaryExpression(syntax, kind, left, right, RuleType.YesNo);
                }

                var (level, levelSyntax, other) = left.Type.Kind == TypeKind.Level
                    ? (left, syntax.Left, right)
                    : (right, syntax.Right, left);
                var levelType = level.Type.LevelType!;
                owner.Report(DiagnosticDescriptors.LevelComparison, syntax.Span, $"'{TextOf(levelSyntax)}'", levelType.Name,
                    other.Type.Kind == TypeKind.Level ? DiagnosticTexts.Phrase(nameof(DiagnosticText.ALevelOf), other.Type.LevelType!.Name) : DiagnosticTexts.Phrase(nameof(DiagnosticText.AValueOfType), other.Type.Describe()),
                    levelType.Members.LastOrDefault()?.Name, TextOf(levelSyntax));
                return new BoundErrorExpression(syntax);
            }

            if (isEquality && left.Type.Kind == TypeKind.YesNo && right.Type.Kind == TypeKind.YesNo)
            {
                return new BoundBinaryExpression(syntax, kind, left, right, RuleType.YesNo);
            }

            var yesNoSide = left.Type.Kind == TypeKind.YesNo ? syntax.Left : syntax.Right;
            owner.Report(DiagnosticDescriptors.YesNoAsNumber, yesNoSide.Span, TextOf(yesNoSide));
            return new BoundErrorExpression(syntax);
        }
    }
}
