using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Syntax;

public sealed partial class SyntaxPrinter
{
    /// <summary>A formula as text; parentheses are printed where the author wrote them, which keeps the meaning.</summary>
    public static string ExpressionText(ExpressionSyntax expression) => expression switch
    {
        NumberLiteralExpressionSyntax n => n.Number.Text,
        YesNoLiteralExpressionSyntax b => b.Value ? "yes" : "no",
        ReferenceExpressionSyntax r => r.Member is { } member ? $"{r.Name.Name}.{member.Name}" : r.Name.Name,
        ParenthesizedExpressionSyntax p => $"({ExpressionText(p.Inner)})",
        UnaryExpressionSyntax u => u.Operator == SyntaxOperator.Not ? $"not {ExpressionText(u.Operand)}" : $"-{ExpressionText(u.Operand)}",
        BinaryExpressionSyntax b => $"{ExpressionText(b.Left)} {OperatorText(b.Operator)} {ExpressionText(b.Right)}",
        ConditionalExpressionSyntax c => $"if {ExpressionText(c.Condition)} then {ExpressionText(c.WhenTrue)} else {ExpressionText(c.WhenFalse)}",
        CallExpressionSyntax c => $"{c.Function.Name}({string.Join(", ", c.Arguments.Select(ExpressionText))})",
        TiersExpressionSyntax t => $"tiers {ExpressionText(t.Subject)} {{ {string.Join(", ", t.Arms.Select(TierArmText).Concat(ElseText(t.Else)))} }}",
        LevelTableExpressionSyntax l => $"levels {ExpressionText(l.Subject)} {{ {string.Join(", ", l.Arms.Select(a => $"{a.Member.Name}: {ExpressionText(a.Value)}").Concat(ElseText(l.Else)))} }}",
        _ => string.Empty,
    };

    private static string TierArmText(TierArmSyntax arm) => $"{OperatorText(arm.Operator)} {arm.Threshold.Text}: {ExpressionText(arm.Value)}";

    private static IEnumerable<string> ElseText(ExpressionSyntax? otherwise) => otherwise is null ? [] : [$"else: {ExpressionText(otherwise)}"];

    private static string OperatorText(SyntaxOperator op) => op switch
    {
        SyntaxOperator.Add => "+",
        SyntaxOperator.Subtract => "-",
        SyntaxOperator.Multiply => "*",
        SyntaxOperator.Divide => "/",
        SyntaxOperator.Less => "<",
        SyntaxOperator.LessOrEqual => "<=",
        SyntaxOperator.Greater => ">",
        SyntaxOperator.GreaterOrEqual => ">=",
        SyntaxOperator.Equal => "==",
        SyntaxOperator.NotEqual => "!=",
        SyntaxOperator.And => "and",
        SyntaxOperator.Or => "or",
        SyntaxOperator.Not => "not",
        _ => "-",
    };
}
