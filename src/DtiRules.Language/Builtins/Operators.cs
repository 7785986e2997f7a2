using System.Runtime.CompilerServices;
using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Language.Builtins;

/// <summary>
/// The implementations of the operators (<see cref="BinaryOperators"/>) on present values; yes/no
/// is 1 or 0. Compiled code calls these methods by name and the interpreter through the registry,
/// so both engines run the same code. A missing operand makes the result missing before any of
/// them is reached.
/// </summary>
public static class Operators
{
    /// <summary>a + b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Add(decimal a, decimal b) => a + b;

    /// <summary>a − b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Subtract(decimal a, decimal b) => a - b;

    /// <summary>a × b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Multiply(decimal a, decimal b) => a * b;

    /// <summary>a / b.</summary>
    /// <exception cref="DivideByZeroException">b is 0 (reported as DR3003).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Divide(decimal a, decimal b) => a / b;

    /// <summary>a &lt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Less(decimal a, decimal b) => Truth(a < b);

    /// <summary>a ≤ b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal LessOrEqual(decimal a, decimal b) => Truth(a <= b);

    /// <summary>a &gt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Greater(decimal a, decimal b) => Truth(a > b);

    /// <summary>a ≥ b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal GreaterOrEqual(decimal a, decimal b) => Truth(a >= b);

    /// <summary>a = b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Equal(decimal a, decimal b) => Truth(a == b);

    /// <summary>a ≠ b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal NotEqual(decimal a, decimal b) => Truth(a != b);

    /// <summary>Both yes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal And(decimal a, decimal b) => Truth(IsYes(a) && IsYes(b));

    /// <summary>Either yes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Or(decimal a, decimal b) => Truth(IsYes(a) || IsYes(b));

    /// <summary>−x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Negate(decimal x) => -x;

    /// <summary>Not x, for a yes/no.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Not(decimal x) => Truth(!IsYes(x));

    /// <summary>Applies a unary operation.</summary>
    public static decimal Unary(BoundUnaryOperatorKind kind, decimal operand) => kind switch
    {
        BoundUnaryOperatorKind.Negate => Negate(operand),
        BoundUnaryOperatorKind.Not => Not(operand),
    };

    /// <summary>True when a yes/no value (a condition, a tier test) is yes: anything but 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsYes(decimal value) => value != 0m;

    /// <summary>Yes as 1, no as 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Truth(bool value) => value ? 1m : 0m;
}
