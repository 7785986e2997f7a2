namespace DtiRules.Language.Builtins;

/// <summary>Bounds the language puts on arguments of built-ins.</summary>
public static class BuiltinLimits
{
    /// <summary>The most decimals <c>round</c> may keep (decimal keeps 28 digits; published values use at most 10).</summary>
    public const int MaxDecimals = 10;
}
