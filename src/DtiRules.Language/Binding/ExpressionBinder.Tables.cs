using System.Collections.Immutable;
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
        private BoundExpression BindTiers(TiersExpressionSyntax syntax)
        {
            var subject = Bind(syntax.Subject);
            var subjectOk = RequireNumeric(subject, syntax.Subject);
            var arms = ImmutableArray.CreateBuilder<BoundTierArm>();
            var ok = subjectOk;
            foreach (var arm in syntax.Arms)
            {
                var value = Bind(arm.Value);
                ok &= RequireNumeric(value, arm.Value);
                var comparison = BinaryOperators.ForSyntax(arm.Operator)!.Kind;
                if (arms.Any(earlier => Covers(earlier, comparison, arm.Threshold.Value)))
                {
                    owner.Report(DiagnosticDescriptors.UnreachableTier, arm.Span);
                }

                arms.Add(new BoundTierArm(comparison, arm.Threshold.Value, value));
            }

            var otherwise = BindElse(syntax.Else, syntax);
            ok &= otherwise.Type.Kind != TypeKind.Error;
            return ok ? new BoundTiersExpression(syntax, subject, arms.ToImmutable(), otherwise) : new BoundErrorExpression(syntax);
        }

        /// <summary>True when every value that passes a later arm already passed <paramref name="earlier"/>.</summary>
        private static bool Covers(BoundTierArm earlier, BoundBinaryOperatorKind later, decimal threshold) => (earlier.Comparison, later) switch
        {
            (BoundBinaryOperatorKind.GreaterOrEqual, BoundBinaryOperatorKind.GreaterOrEqual) => threshold >= earlier.Threshold,
            (BoundBinaryOperatorKind.GreaterOrEqual, BoundBinaryOperatorKind.Greater) => threshold >= earlier.Threshold,
            (BoundBinaryOperatorKind.Greater, BoundBinaryOperatorKind.Greater) => threshold >= earlier.Threshold,
            (BoundBinaryOperatorKind.Greater, BoundBinaryOperatorKind.GreaterOrEqual) => threshold > earlier.Threshold,
            (BoundBinaryOperatorKind.LessOrEqual, BoundBinaryOperatorKind.LessOrEqual) => threshold <= earlier.Threshold,
            (BoundBinaryOperatorKind.LessOrEqual, BoundBinaryOperatorKind.Less) => threshold <= earlier.Threshold,
            (BoundBinaryOperatorKind.Less, BoundBinaryOperatorKind.Less) => threshold <= earlier.Threshold,
            (BoundBinaryOperatorKind.Less, BoundBinaryOperatorKind.LessOrEqual) => threshold < earlier.Threshold,
            (BoundBinaryOperatorKind.Equal, BoundBinaryOperatorKind.Equal) => threshold == earlier.Threshold,
            _ => false,
        };

        private BoundExpression BindElse(ExpressionSyntax? syntax, ExpressionSyntax table)
        {
            if (syntax is null)
            {
                return new BoundLiteral(table, 0m, RuleType.Number);
            }

            var bound = Bind(syntax);
            return RequireNumeric(bound, syntax) ? bound : new BoundErrorExpression(syntax);
        }

        private BoundExpression BindLevelTable(LevelTableExpressionSyntax syntax)
        {
            var subject = Bind(syntax.Subject);
            if (subject.Type.Kind == TypeKind.Error)
            {
                return new BoundErrorExpression(syntax);
            }

            if (subject.Type.Kind != TypeKind.Level)
            {
                owner.Report(DiagnosticDescriptors.ArgumentType, syntax.Subject.Span, 1, "levels", DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_LevelInput)), subject.Type.Describe(),
                    " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.LevelsHint)));
                return new BoundErrorExpression(syntax);
            }

            var levelType = subject.Type.LevelType!;
            var values = new BoundExpression?[levelType.Members.Length];
            var ok = true;
            foreach (var arm in syntax.Arms)
            {
                var value = Bind(arm.Value);
                ok &= RequireNumeric(value, arm.Value);
                if (arm.Member.IsMissing)
                {
                    continue;
                }

                if (levelType.FindMember(arm.Member.Name) is not { } member)
                {
                    owner.Report(DiagnosticDescriptors.UnknownLevelMember, arm.Member.Span, levelType.Name, arm.Member.Name,
                        string.Join(", ", levelType.Members.Select(m => m.Name)));
                    ok = false;
                }
                else if (values[member.Ordinal] is not null)
                {
                    owner.Report(DiagnosticDescriptors.DuplicateClause, arm.Member.Span, arm.Member.Name,
                        Location(syntax.Arms.First(a => a.Member.Name == arm.Member.Name)).Line);
                }
                else
                {
                    values[member.Ordinal] = value;
                }
            }

            var otherwise = syntax.Else is null ? null : BindElse(syntax.Else, syntax);
            var uncovered = levelType.Members.Where(m => values[m.Ordinal] is null).Select(m => $"'{m.Name}'").ToList();
            if (uncovered.Count > 0 && otherwise is null && ok)
            {
                owner.Report(DiagnosticDescriptors.IncompleteLevelTable, syntax.Span, string.Join(", ", uncovered));
                return new BoundErrorExpression(syntax);
            }

            return ok && otherwise?.Type.Kind != TypeKind.Error
                ? new BoundLevelTableExpression(syntax, subject, [.. values.Select(v => v ?? otherwise!)])
                : new BoundErrorExpression(syntax);
        }
    }
}
