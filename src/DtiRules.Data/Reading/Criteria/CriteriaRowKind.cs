namespace DtiRules.Data.Reading.Criteria;

/// <summary>What a row of a criteria sheet is.</summary>
public enum CriteriaRowKind
{
    /// <summary>A criterion or a parent of criteria, with a numbered code.</summary>
    Criterion,

    /// <summary>A group heading: a Roman numeral code, or a text without a code.</summary>
    Heading,

    /// <summary>A total row (Tổng, Tổng cộng), checked and not imported.</summary>
    Total,
}
