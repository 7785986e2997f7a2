using DtiRules.Language.Binding.Analysis;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Builtins;

/// <summary>
/// The registry of binary operators: one record per <see cref="BoundBinaryOperatorKind"/>, read by
/// the binder, the range analyser, both engines and the language reference.
/// </summary>
public static class BinaryOperators
{
    /// <summary>Every operator, in reference order.</summary>
    public static IReadOnlyList<BinaryOperator> All { get; } =
    [
        new(BoundBinaryOperatorKind.Add, SyntaxOperator.Add, "+", OperatorFamily.Arithmetic, Operators.Add, (a, b) => a.Add(b), "sum",
            [Example(5.5m, 2m, 3.5m), Example(null, null, 1m)]),
        new(BoundBinaryOperatorKind.Subtract, SyntaxOperator.Subtract, "-", OperatorFamily.Arithmetic, Operators.Subtract, (a, b) => a.Subtract(b), "difference",
            [Example(-1.5m, 2m, 3.5m)]),
        new(BoundBinaryOperatorKind.Multiply, SyntaxOperator.Multiply, "*", OperatorFamily.Arithmetic, Operators.Multiply, (a, b) => a.Multiply(b), "product",
            [Example(7m, 2m, 3.5m), Example(null, 0m, null)]),
        new(BoundBinaryOperatorKind.Divide, SyntaxOperator.Divide, "/", OperatorFamily.Arithmetic, Operators.Divide, (a, b) => a.Divide(b),
            "quotient; division by zero is a scoring error (DR3003), `ratio` gives 0 instead",
            [Example(3.5m, 7m, 2m), new([1m, 0m], null, ScoringFailure.DivisionByZero)]),
        new(BoundBinaryOperatorKind.Less, SyntaxOperator.Less, "<", OperatorFamily.Comparison, Operators.Less, YesNo, "yes when the left is lower",
            [Example(1m, 2m, 3m), Example(0m, 3m, 3m)]),
        new(BoundBinaryOperatorKind.LessOrEqual, SyntaxOperator.LessOrEqual, "<=", OperatorFamily.Comparison, Operators.LessOrEqual, YesNo, "yes when the left is lower or equal",
            [Example(1m, 3m, 3m), Example(0m, 4m, 3m)]),
        new(BoundBinaryOperatorKind.Greater, SyntaxOperator.Greater, ">", OperatorFamily.Comparison, Operators.Greater, YesNo, "yes when the left is higher",
            [Example(1m, 4m, 3m), Example(0m, 3m, 3m)]),
        new(BoundBinaryOperatorKind.GreaterOrEqual, SyntaxOperator.GreaterOrEqual, ">=", OperatorFamily.Comparison, Operators.GreaterOrEqual, YesNo, "yes when the left is higher or equal",
            [Example(1m, 3m, 3m), Example(0m, 2m, 3m)]),
        new(BoundBinaryOperatorKind.Equal, SyntaxOperator.Equal, "==", OperatorFamily.Comparison, Operators.Equal, YesNo, "yes when both are equal (2.50 equals 2.5)",
            [Example(1m, 2.50m, 2.5m), Example(0m, 2m, 3m)]),
        new(BoundBinaryOperatorKind.NotEqual, SyntaxOperator.NotEqual, "!=", OperatorFamily.Comparison, Operators.NotEqual, YesNo, "yes when they differ",
            [Example(1m, 2m, 3m), Example(0m, 3m, 3m)]),
        new(BoundBinaryOperatorKind.And, SyntaxOperator.And, "and", OperatorFamily.Logical, Operators.And, YesNo, "yes when both are yes",
            [Example(1m, 1m, 1m), Example(0m, 1m, 0m), Example(null, null, 0m)]),
        new(BoundBinaryOperatorKind.Or, SyntaxOperator.Or, "or", OperatorFamily.Logical, Operators.Or, YesNo, "yes when either is yes",
            [Example(1m, 0m, 1m), Example(0m, 0m, 0m)]),
    ];

    /// <summary>The operator of <paramref name="kind"/>.</summary>
    public static BinaryOperator Of(BoundBinaryOperatorKind kind) => Index.ByKind[(int)kind];

    /// <summary>The operator written as <paramref name="syntax"/>, or null for a unary one (<c>not</c>).</summary>
    public static BinaryOperator? ForSyntax(SyntaxOperator syntax) => All.FirstOrDefault(o => o.Syntax == syntax);

    private static ValueExample Example(decimal? result, decimal? left, decimal? right) => new([left, right], result);

    private static Interval YesNo(Interval left, Interval right) => Interval.Unit;

    /// <summary>Operators by kind; a kind without exactly one record stops the type from loading, so a test catches it.</summary>
    private static class Index
    {
        public static readonly BinaryOperator[] ByKind = Build();

        private static BinaryOperator[] Build()
        {
            var kinds = Enum.GetValues<BoundBinaryOperatorKind>();
            var byKind = new BinaryOperator[kinds.Length];
            foreach (var kind in kinds)
            {
                byKind[(int)kind] = All.Single(o => o.Kind == kind);
            }

            return byKind;
        }
    }
}
