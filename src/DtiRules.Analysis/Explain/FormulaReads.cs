using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Analysis.Explain;

/// <summary>The references and cohort calls of a formula, each once, in written order.</summary>
internal static class FormulaReads
{
    /// <summary>Every sub-expression of <paramref name="formula"/> in written (pre-)order.</summary>
    public static IReadOnlyList<BoundExpression> InWrittenOrder(BoundExpression formula)
    {
        var ordered = new List<BoundExpression>();
        var pending = new Stack<BoundExpression>([formula]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            ordered.Add(current);
            foreach (var child in BoundTreeChildren.Of(current).Reverse())
            {
                pending.Push(child);
            }
        }

        return ordered;
    }
}
