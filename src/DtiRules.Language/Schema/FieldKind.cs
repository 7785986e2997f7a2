namespace DtiRules.Language.Schema;

/// <summary>What a data column holds, which decides how its cells are read and checked.</summary>
public enum FieldKind
{
    /// <summary>Any decimal number.</summary>
    Number,

    /// <summary>A percentage on 0–100; a trailing '%' is accepted.</summary>
    Percent,

    /// <summary>A whole number of things.</summary>
    Count,

    /// <summary>Yes or no, stored as 1 or 0.</summary>
    YesNo,

    /// <summary>A member of an ordered level type, stored as its 0-based position.</summary>
    Level,

    /// <summary>A node's published value on 0–1, given instead of computing the node.</summary>
    NodeValue,

    /// <summary>A node's points, given instead of computing the node.</summary>
    NodePoints,

    /// <summary>An output's given 0–1 value (a published pillar or index value), used instead of its formula.</summary>
    OutputValue,
}
