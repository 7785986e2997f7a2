namespace DtiRules.Language.Binding.BoundTree;

/// <summary>The direct sub-expressions of a bound expression: the one place that knows every node's shape.</summary>
public static class BoundTreeChildren
{
    /// <summary>The sub-expressions of <paramref name="expression"/>, in written order.</summary>
    public static IEnumerable<BoundExpression> Of(BoundExpression expression) => expression switch
    {
        BoundUnaryExpression u => [u.Operand],
        BoundBinaryExpression b => [b.Left, b.Right],
        BoundConditionalExpression c => [c.Condition, c.WhenTrue, c.WhenFalse],
        BoundScalarCall s => s.Arguments,
        BoundCohortCall c => [c.Argument],
        BoundTiersExpression t => [t.Subject, .. t.Arms.Select(a => a.Value), t.Else],
        BoundLevelTableExpression l => [l.Subject, .. l.ValuesByOrdinal.Distinct()],
        _ => [],
    };

    /// <summary><paramref name="expression"/> and every expression below it, without recursion.</summary>
    public static IEnumerable<BoundExpression> DescendantsAndSelf(BoundExpression expression)
    {
        var pending = new Stack<BoundExpression>([expression]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            foreach (var child in Of(current))
            {
                pending.Push(child);
            }
        }
    }
}
