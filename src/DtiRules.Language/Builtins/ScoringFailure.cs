namespace DtiRules.Language.Builtins;

/// <summary>Why a formula gave no value for a unit although its data was there.</summary>
public enum ScoringFailure : byte
{
    /// <summary>No failure.</summary>
    None,

    /// <summary>Division by zero (DR3003).</summary>
    DivisionByZero,

    /// <summary>A result outside the decimal range (DR3004).</summary>
    Overflow,
}
