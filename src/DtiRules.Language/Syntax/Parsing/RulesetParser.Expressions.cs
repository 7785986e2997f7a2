using Antlr4.Runtime;
using DtiRules.Language.Syntax.Generated;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Parsing;

internal sealed partial class RulesetParser
{
    private ExpressionSyntax BuildExpression(DtiRulesParser.ExpressionContext? context, ParserRuleContext parent)
    {
        if (context is null || context.exception is not null && context.ChildCount == 0)
        {
            var end = SpanOf(parent).End;
            return new MissingExpressionSyntax(Span(end, end));
        }

        var span = SpanOf(context);
        if (!TryEnterNesting(span))
        {
            return new MissingExpressionSyntax(span);
        }

        try
        {
            return context switch
            {
                DtiRulesParser.ConditionalExpressionContext c => new ConditionalExpressionSyntax(
                    BuildExpression(c.condition, c), BuildExpression(c.whenTrue, c), BuildExpression(c.whenFalse, c), span),
                DtiRulesParser.OrExpressionContext c => Binary(c.left, SyntaxOperator.Or, c.OR().Symbol, c.right, c),
                DtiRulesParser.AndExpressionContext c => Binary(c.left, SyntaxOperator.And, c.AND().Symbol, c.right, c),
                DtiRulesParser.NotExpressionContext c => new UnaryExpressionSyntax(SyntaxOperator.Not, BuildExpression(c.operand, c), span),
                DtiRulesParser.ComparisonExpressionContext c => Binary(c.left, ComparisonOperator(c.op), c.op, c.right, c),
                DtiRulesParser.AdditiveExpressionContext c => Binary(
                    c.left, c.op?.Type == DtiRulesLexer.MINUS ? SyntaxOperator.Subtract : SyntaxOperator.Add, c.op, c.right, c),
                DtiRulesParser.MultiplicativeExpressionContext c => Binary(
                    c.left, c.op?.Type == DtiRulesLexer.SLASH ? SyntaxOperator.Divide : SyntaxOperator.Multiply, c.op, c.right, c),
                DtiRulesParser.NegationExpressionContext c => new UnaryExpressionSyntax(SyntaxOperator.Negate, BuildExpression(c.operand, c), span),
                DtiRulesParser.PrimaryExpressionContext c => BuildPrimary(c.primary(), c),
                _ => new MissingExpressionSyntax(span),
            };
        }
        finally
        {
            LeaveNesting();
        }
    }

    private BinaryExpressionSyntax Binary(
        DtiRulesParser.ExpressionContext left, SyntaxOperator op, IToken? opToken, DtiRulesParser.ExpressionContext right, ParserRuleContext context)
    {
        var opSpan = opToken is null ? SpanOf(context) : SpanOf(opToken);
        return new BinaryExpressionSyntax(BuildExpression(left, context), op, opSpan, BuildExpression(right, context), SpanOf(context));
    }

    private static SyntaxOperator ComparisonOperator(IToken? token) => token?.Type switch
    {
        DtiRulesLexer.LT => SyntaxOperator.Less,
        DtiRulesLexer.LE => SyntaxOperator.LessOrEqual,
        DtiRulesLexer.GT => SyntaxOperator.Greater,
        DtiRulesLexer.EQ => SyntaxOperator.Equal,
        DtiRulesLexer.NE => SyntaxOperator.NotEqual,
        _ => SyntaxOperator.GreaterOrEqual,
    };

    private ExpressionSyntax BuildPrimary(DtiRulesParser.PrimaryContext? context, ParserRuleContext parent)
    {
        if (context is null)
        {
            return new MissingExpressionSyntax(SpanOf(parent));
        }

        var span = SpanOf(context);
        return context switch
        {
            DtiRulesParser.NumberLiteralContext c => new NumberLiteralExpressionSyntax(Number(c.NUMBER().Symbol, negative: false, c), span),
            DtiRulesParser.YesNoLiteralContext c => new YesNoLiteralExpressionSyntax(c.YES() is not null, span),
            DtiRulesParser.CallExpressionContext c => new CallExpressionSyntax(
                new IdentifierSyntax(c.callee.GetText(), SpanOf(c.callee)),
                Build(c.expression(), e => BuildExpression(e, c)),
                span),
            DtiRulesParser.ReferenceExpressionContext c => new ReferenceExpressionSyntax(
                Identifier(c.name, c), c.member is null ? null : Identifier(c.member, c), span),
            DtiRulesParser.ParenthesizedExpressionContext c => new ParenthesizedExpressionSyntax(BuildExpression(c.expression(), c), span),
            DtiRulesParser.TiersExpressionContext c => new TiersExpressionSyntax(
                BuildExpression(c.subject, c),
                Build(c.tierArm(), BuildTierArm),
                c.elseArm() is { } elseArm ? BuildExpression(elseArm.expression(), elseArm) : null,
                span),
            DtiRulesParser.LevelTableExpressionContext c => new LevelTableExpressionSyntax(
                BuildExpression(c.subject, c),
                Build(c.levelArm(), a => new LevelArmSyntax(Identifier(a.member, a), BuildExpression(a.expression(), a), SpanOf(a))),
                c.elseArm() is { } elseArm ? BuildExpression(elseArm.expression(), elseArm) : null,
                span),
            _ => new MissingExpressionSyntax(span),
        };
    }

    private TierArmSyntax BuildTierArm(DtiRulesParser.TierArmContext context) =>
        new(ComparisonOperator(context.op), SignedNumber(context.threshold, context), BuildExpression(context.expression(), context), SpanOf(context));
}
