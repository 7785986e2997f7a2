using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Language.Builtins;

/// <summary>
/// The operations of the language over possibly missing values (null = missing data): any
/// missing operand makes the result missing. Yes/no is 1 or 0. Both the interpreter and the
/// compiled scorer call these, so the two cannot disagree.
/// </summary>
public static class Operators
{
    /// <summary>Applies a binary operation.</summary>
    /// <exception cref="DivideByZeroException">Division by zero (reported as DR3003 by the engine).</exception>
    /// <exception cref="OverflowException">A result outside the decimal range (reported as DR3004).</exception>
    public static decimal? Binary(BoundBinaryOperatorKind kind, decimal? left, decimal? right)
    {
        if (left is not { } a || right is not { } b)
        {
            return null;
        }

        return kind switch
        {
            BoundBinaryOperatorKind.Add => a + b,
            BoundBinaryOperatorKind.Subtract => a - b,
            BoundBinaryOperatorKind.Multiply => a * b,
            BoundBinaryOperatorKind.Divide => a / b,
            BoundBinaryOperatorKind.Less => Truth(a < b),
            BoundBinaryOperatorKind.LessOrEqual => Truth(a <= b),
            BoundBinaryOperatorKind.Greater => Truth(a > b),
            BoundBinaryOperatorKind.GreaterOrEqual => Truth(a >= b),
            BoundBinaryOperatorKind.Equal => Truth(a == b),
            BoundBinaryOperatorKind.NotEqual => Truth(a != b),
            BoundBinaryOperatorKind.And => Truth(a != 0m && b != 0m),
            _ => Truth(a != 0m || b != 0m),
        };
    }

    /// <summary>Applies a unary operation.</summary>
    public static decimal? Unary(BoundUnaryOperatorKind kind, decimal? operand) => operand switch
    {
        null => null,
        { } x when kind == BoundUnaryOperatorKind.Negate => -x,
        { } x => Truth(x == 0m),
    };

    /// <summary>True when a tier arm's comparison holds for <paramref name="subject"/>.</summary>
    public static bool TierHolds(BoundBinaryOperatorKind comparison, decimal subject, decimal threshold) =>
        Binary(comparison, subject, threshold) == 1m;

    /// <summary>Yes as 1, no as 0.</summary>
    public static decimal Truth(bool value) => value ? 1m : 0m;
}
