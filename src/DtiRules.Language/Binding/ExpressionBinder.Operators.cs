using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
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

            return syntax.Operator switch
            {
                SyntaxOperator.Add => Arithmetic(syntax, BoundBinaryOperatorKind.Add, left, right),
                SyntaxOperator.Subtract => Arithmetic(syntax, BoundBinaryOperatorKind.Subtract, left, right),
                SyntaxOperator.Multiply => Arithmetic(syntax, BoundBinaryOperatorKind.Multiply, left, right),
                SyntaxOperator.Divide => Arithmetic(syntax, BoundBinaryOperatorKind.Divide, left, right),
                SyntaxOperator.And => Logical(syntax, BoundBinaryOperatorKind.And, left, right),
                SyntaxOperator.Or => Logical(syntax, BoundBinaryOperatorKind.Or, left, right),
                _ => Comparison(syntax, left, right),
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

        private BoundExpression Logical(BinaryExpressionSyntax syntax, BoundBinaryOperatorKind kind, BoundExpression left, BoundExpression right)
        {
            if (left.Type.Kind == TypeKind.YesNo && right.Type.Kind == TypeKind.YesNo)
            {
                return new BoundBinaryExpression(syntax, kind, left, right, RuleType.YesNo);
            }

            var word = kind == BoundBinaryOperatorKind.And ? "and" : "or";
            return Mismatch(syntax, word, left, right, $" '{word}' joins yes/no values; compare numbers first, e.g. 'x > 0 {word} y > 0'.");
        }

        private BoundExpression Comparison(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
        {
            var kind = ComparisonKind(syntax.Operator);
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
                    other.Type.Kind == TypeKind.Level ? $"a level of '{other.Type.LevelType!.Name}'" : $"a {other.Type}",
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

        private static BoundBinaryOperatorKind ComparisonKind(SyntaxOperator op) => op switch
        {
            SyntaxOperator.Less => BoundBinaryOperatorKind.Less,
            SyntaxOperator.LessOrEqual => BoundBinaryOperatorKind.LessOrEqual,
            SyntaxOperator.Greater => BoundBinaryOperatorKind.Greater,
            SyntaxOperator.GreaterOrEqual => BoundBinaryOperatorKind.GreaterOrEqual,
            SyntaxOperator.Equal => BoundBinaryOperatorKind.Equal,
            _ => BoundBinaryOperatorKind.NotEqual,
        };
    }
}
