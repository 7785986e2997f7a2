namespace DtiRules.Language.Binding.Analysis;

/// <summary>How a value moves when one input rises and everything else stays as it is.</summary>
public enum Trend
{
    /// <summary>The value does not depend on the input.</summary>
    Steady,

    /// <summary>The value never falls when the input rises: more is better.</summary>
    Rising,

    /// <summary>The value never rises when the input rises: less is better (an inverted ratio, an error rate).</summary>
    Falling,

    /// <summary>The value may move either way (the input is a denominator, is compared for equality, or reaches the value both ways).</summary>
    Either,
}
