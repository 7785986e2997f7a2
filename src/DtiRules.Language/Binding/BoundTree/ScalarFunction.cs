namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A built-in function of the unit's own values.</summary>
public enum ScalarFunction
{
    /// <summary>Smallest argument.</summary>
    Min,

    /// <summary>Largest argument.</summary>
    Max,

    /// <summary>clamp(x, lo, hi).</summary>
    Clamp,

    /// <summary>round(x, n), half away from zero.</summary>
    Round,

    /// <summary>Absolute value.</summary>
    Abs,

    /// <summary>ratio(a, b): a / b, or 0 when b is 0.</summary>
    Ratio,
}
