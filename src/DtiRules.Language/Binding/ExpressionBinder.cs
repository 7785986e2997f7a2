using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Binds one formula: resolves names, checks types, resolves operators and built-ins. In an
    /// input mapping (<paramref name="inMapping"/>) names are data columns, not declarations.
    /// </summary>
    private sealed partial class ExpressionBinder(Binder owner, bool insideCohort, bool inMapping = false)
    {
        private readonly List<string> _sourceFields = [];

        /// <summary>The data columns a mapping formula read, in first-use order.</summary>
        public IReadOnlyList<string> SourceFields => _sourceFields;

        public BoundExpression Bind(ExpressionSyntax syntax)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return syntax switch
            {
                NumberLiteralExpressionSyntax n => new BoundLiteral(n, n.Number.Value, RuleType.Number),
                YesNoLiteralExpressionSyntax b => new BoundLiteral(b, b.Value ? 1m : 0m, RuleType.YesNo),
                ParenthesizedExpressionSyntax p => Bind(p.Inner),
                ReferenceExpressionSyntax r => BindReference(r),
                UnaryExpressionSyntax u => BindUnary(u),
                BinaryExpressionSyntax b => BindBinary(b),
                ConditionalExpressionSyntax c => BindConditional(c),
                CallExpressionSyntax c => BindCall(c),
                TiersExpressionSyntax t => BindTiers(t),
                LevelTableExpressionSyntax l => BindLevelTable(l),
                _ => new BoundErrorExpression(syntax),
            };
        }

        private BoundExpression BindReference(ReferenceExpressionSyntax syntax)
        {
            var name = syntax.Name;
            if (name.IsMissing)
            {
                return new BoundErrorExpression(syntax);
            }

            if (syntax.Member is { } member)
            {
                return BindLevelMember(syntax, name, member);
            }

            if (name.Name == "max")
            {
                return BindOwnMax(syntax, name);
            }

            if (inMapping)
            {
                if (!_sourceFields.Contains(name.Name))
                {
                    _sourceFields.Add(name.Name);
                }

                return new BoundSourceField(syntax, name.Name);
            }

            switch (name.Name)
            {
                case "total":
                    return new BoundTotal(syntax);
                case "scale":
                    return new BoundLiteral(syntax, owner._header.Scale, RuleType.Number);
            }

            if (owner.TryLookup(name.Name, out var declared))
            {
                switch (declared.Symbol)
                {
                    case InputSymbol input:
                        owner._usedInputs.Add(input);
                        return new BoundInputReference(syntax, input);
                    case NodeSymbol node:
                        return new BoundNodeReference(syntax, node, AsValue: false);
                    case OutputSymbol output:
                        return new BoundOutputReference(syntax, output);
                }
            }

            if (owner._levels.ContainsKey(name.Name))
            {
                owner.Report(DiagnosticDescriptors.UnknownName, name.Span, name.Name,
                    " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.LevelTypeAsValue), name.Name, owner._levels[name.Name].Members.LastOrDefault()?.Name));
                return new BoundErrorExpression(syntax);
            }

            owner._hasUnknownNames = true;
            var candidates = owner._names.Keys.Concat(["total", "scale"]);
            owner.Report(DiagnosticDescriptors.UnknownName, name.Span, name.Name, DidYouMean(name.Name, candidates));
            return new BoundErrorExpression(syntax);
        }

        /// <summary>A bare 'max': the max points of the node whose formula this is, so moving points is one edit.</summary>
        private BoundExpression BindOwnMax(ReferenceExpressionSyntax syntax, IdentifierSyntax name)
        {
            if (owner._scoredNode is { } node && !inMapping)
            {
                return new BoundLiteral(syntax, node.MaxPoints, RuleType.Number);
            }

            owner.Report(DiagnosticDescriptors.UnknownName, name.Span, name.Name,
                " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.MaxOutsideScore)));
            return new BoundErrorExpression(syntax);
        }

        private BoundExpression BindLevelMember(ReferenceExpressionSyntax syntax, IdentifierSyntax levelName, IdentifierSyntax member)
        {
            if (!owner._levels.TryGetValue(levelName.Name, out var levelType))
            {
                owner._hasUnknownNames = true;
                owner.Report(DiagnosticDescriptors.UnknownLevelType, levelName.Span, levelName.Name, DidYouMean(levelName.Name, owner._levels.Keys));
                return new BoundErrorExpression(syntax);
            }

            if (member.IsMissing)
            {
                return new BoundErrorExpression(syntax);
            }

            if (levelType.FindMember(member.Name) is not { } symbol)
            {
                owner.Report(DiagnosticDescriptors.UnknownLevelMember, member.Span, levelType.Name, member.Name, string.Join(", ", levelType.Members.Select(m => m.Name)));
                return new BoundErrorExpression(syntax);
            }

            return new BoundLiteral(syntax, symbol.Ordinal, RuleType.Level(levelType));
        }

        private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
        {
            var operand = Bind(syntax.Operand);
            if (operand.Type.Kind == TypeKind.Error)
            {
                return new BoundErrorExpression(syntax);
            }

            if (syntax.Operator == SyntaxOperator.Not)
            {
                return operand.Type.Kind == TypeKind.YesNo
                    ? new BoundUnaryExpression(syntax, BoundUnaryOperatorKind.Not, operand, RuleType.YesNo)
                    : Mismatch(syntax, "not", operand, operand, " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.Hint_NotTakesYesNo)));
            }

            return RequireNumeric(operand, syntax.Operand)
                ? new BoundUnaryExpression(syntax, BoundUnaryOperatorKind.Negate, operand, RuleType.Number)
                : new BoundErrorExpression(syntax);
        }

        private BoundExpression BindConditional(ConditionalExpressionSyntax syntax)
        {
            var condition = Bind(syntax.Condition);
            var whenTrue = Bind(syntax.WhenTrue);
            var whenFalse = Bind(syntax.WhenFalse);
            if (condition.Type.Kind != TypeKind.YesNo && condition.Type.Kind != TypeKind.Error)
            {
                owner.Report(DiagnosticDescriptors.ConditionNotYesNo, syntax.Condition.Span, condition.Type.Describe(), TextOf(syntax.Condition));
                return new BoundErrorExpression(syntax);
            }

            if (condition.Type.Kind == TypeKind.Error || whenTrue.Type.Kind == TypeKind.Error || whenFalse.Type.Kind == TypeKind.Error)
            {
                return new BoundErrorExpression(syntax);
            }

            if (whenTrue.Type.IsNumeric && whenFalse.Type.IsNumeric)
            {
                return new BoundConditionalExpression(syntax, condition, whenTrue, whenFalse, RuleType.Number);
            }

            if (whenTrue.Type == whenFalse.Type)
            {
                return new BoundConditionalExpression(syntax, condition, whenTrue, whenFalse, whenTrue.Type);
            }

            return Mismatch(syntax, "if … then … else", whenTrue, whenFalse, " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.Hint_BranchesSameType)));
        }

        /// <summary>Reports a numeric requirement; a yes/no gets its own message with the usual fix.</summary>
        private bool RequireNumeric(BoundExpression bound, ExpressionSyntax syntax)
        {
            switch (bound.Type.Kind)
            {
                case TypeKind.Error:
                    return false;
                case TypeKind.YesNo:
                    owner.Report(DiagnosticDescriptors.YesNoAsNumber, syntax.Span, TextOf(syntax));
                    return false;
                case TypeKind.Level:
                    owner.Report(DiagnosticDescriptors.LevelComparison, syntax.Span, $"'{TextOf(syntax)}'", bound.Type.LevelType!.Name,
                        DiagnosticTexts.Phrase(nameof(DiagnosticText.ANumber)), bound.Type.LevelType.Members.LastOrDefault()?.Name, TextOf(syntax));
                    return false;
                default:
                    return true;
            }
        }

        private BoundErrorExpression Mismatch(ExpressionSyntax syntax, string op, BoundExpression left, BoundExpression right, string hint)
        {
            owner.Report(DiagnosticDescriptors.OperatorTypeMismatch, syntax.Span, op, left.Type.Describe(), right.Type.Describe(), hint);
            return new BoundErrorExpression(syntax);
        }
    }
}
