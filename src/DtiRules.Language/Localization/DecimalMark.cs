namespace DtiRules.Language.Localization;

/// <summary>The decimal mark of numbers in human outputs (tables, explanations, reports); machine formats always use a point.</summary>
public enum DecimalMark
{
    /// <summary>0.6123, as English readers write it.</summary>
    Point,

    /// <summary>0,6123, as Vietnamese readers write it.</summary>
    Comma,
}
