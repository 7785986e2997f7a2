namespace DtiRules.Language.Builtins;

/// <summary>What an argument of a built-in function must be.</summary>
public enum ParameterKind
{
    /// <summary>Any numeric value (number, percent or count).</summary>
    Number,

    /// <summary>A whole-number constant from 0 to <see cref="BuiltinLimits.MaxDecimals"/>, e.g. the decimals of <c>round</c>.</summary>
    Decimals,
}
