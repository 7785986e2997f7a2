namespace DtiRules.Language.Binding.Symbols;

/// <summary>The kinds of values a formula can have.</summary>
public enum TypeKind
{
    /// <summary>A decimal number (also points and 0–1 values).</summary>
    Number,

    /// <summary>A percentage on 0–100; a number in arithmetic.</summary>
    Percent,

    /// <summary>A whole count; a number in arithmetic.</summary>
    Count,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A member of an ordered level type.</summary>
    Level,

    /// <summary>The type of an expression that already has an error; suppresses cascades.</summary>
    Error,
}
