namespace DtiRules.Language.Builtins;

/// <summary>What an argument of a built-in function must be.</summary>
public enum ParameterKind
{
    /// <summary>Any numeric value (number, percent or count).</summary>
    Number,

    /// <summary>A whole-number constant from 0 to <see cref="BuiltinLimits.MaxDecimals"/>, e.g. the decimals of <c>round</c>.</summary>
    Decimals,

    /// <summary>Any numeric value, the lower bound of the function's result; a constant above the matching <see cref="UpperBound"/> is a warning.</summary>
    LowerBound,

    /// <summary>Any numeric value, the upper bound of the function's result.</summary>
    UpperBound,
}
