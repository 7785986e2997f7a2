namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A resolved unary operation.</summary>
public enum BoundUnaryOperatorKind
{
    /// <summary>Numeric negation.</summary>
    Negate,

    /// <summary>Logical not of a yes/no.</summary>
    Not,
}
