using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Language.Builtins;

/// <summary>The built-in functions of one unit's values; a missing argument gives a missing result.</summary>
public static class ScalarFunctions
{
    /// <summary>Calls <paramref name="function"/> on <paramref name="arguments"/>.</summary>
    public static decimal? Call(ScalarFunction function, ReadOnlySpan<decimal?> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is null)
            {
                return null;
            }
        }

        return function switch
        {
            ScalarFunction.Min => Min(arguments),
            ScalarFunction.Max => Max(arguments),
            ScalarFunction.Clamp => Clamp(arguments[0]!.Value, arguments[1]!.Value, arguments[2]!.Value),
            ScalarFunction.Round => Round(arguments[0]!.Value, arguments[1]!.Value),
            ScalarFunction.Abs => Math.Abs(arguments[0]!.Value),
            _ => Ratio(arguments[0]!.Value, arguments[1]!.Value),
        };
    }

    /// <summary>x limited to low..high (low wins when the bounds cross).</summary>
    public static decimal Clamp(decimal x, decimal low, decimal high) => Math.Max(low, Math.Min(x, high));

    /// <summary>Rounds half away from zero, as published tables do.</summary>
    public static decimal Round(decimal x, decimal digits) => Math.Round(x, (int)digits, MidpointRounding.AwayFromZero);

    /// <summary>a / b, or 0 when b is 0: the safe ratio of DTI criteria ("tỷ lệ").</summary>
    public static decimal Ratio(decimal numerator, decimal denominator) => denominator == 0m ? 0m : numerator / denominator;

    private static decimal Min(ReadOnlySpan<decimal?> arguments)
    {
        var result = arguments[0]!.Value;
        foreach (var argument in arguments[1..])
        {
            result = Math.Min(result, argument!.Value);
        }

        return result;
    }

    private static decimal Max(ReadOnlySpan<decimal?> arguments)
    {
        var result = arguments[0]!.Value;
        foreach (var argument in arguments[1..])
        {
            result = Math.Max(result, argument!.Value);
        }

        return result;
    }
}
