namespace DtiRules.Language.Binding.BoundTree;

/// <summary>
/// A resolved binary operation. Comparisons of levels use the members' positions, so after
/// binding every operand is a number (yes/no as 1/0) and the kind alone says what to compute.
/// </summary>
public enum BoundBinaryOperatorKind
{
    /// <summary>a + b</summary>
    Add,

    /// <summary>a − b</summary>
    Subtract,

    /// <summary>a × b</summary>
    Multiply,

    /// <summary>a / b; division by zero is a scoring error.</summary>
    Divide,

    /// <summary>a &lt; b</summary>
    Less,

    /// <summary>a ≤ b</summary>
    LessOrEqual,

    /// <summary>a &gt; b</summary>
    Greater,

    /// <summary>a ≥ b</summary>
    GreaterOrEqual,

    /// <summary>a = b</summary>
    Equal,

    /// <summary>a ≠ b</summary>
    NotEqual,

    /// <summary>Both yes.</summary>
    And,

    /// <summary>Either yes.</summary>
    Or,
}
