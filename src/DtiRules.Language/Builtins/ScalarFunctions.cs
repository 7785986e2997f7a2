using System.Runtime.CompilerServices;

namespace DtiRules.Language.Builtins;

/// <summary>
/// The implementations of the scalar built-ins (<see cref="BuiltinFunctions"/>), on present
/// values. Compiled code calls these methods by name and the interpreter through the registry,
/// so both engines run the same code.
/// </summary>
public static class ScalarFunctions
{
    /// <summary>The smaller of two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Min(decimal a, decimal b) => Math.Min(a, b);

    /// <summary>The larger of two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Max(decimal a, decimal b) => Math.Max(a, b);

    /// <summary>x limited to low..high (low wins when the bounds cross).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Clamp(decimal x, decimal low, decimal high) => Math.Max(low, Math.Min(x, high));

    /// <summary>Rounds half away from zero, as published tables do.</summary>
    public static decimal Round(decimal x, decimal decimals) => Math.Round(x, (int)decimals, MidpointRounding.AwayFromZero);

    /// <summary>The absolute value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Abs(decimal x) => Math.Abs(x);

    /// <summary>a / b, or 0 when b is 0: the safe ratio of DTI criteria ("tỷ lệ").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Ratio(decimal numerator, decimal denominator) => denominator == 0m ? 0m : numerator / denominator;
}
