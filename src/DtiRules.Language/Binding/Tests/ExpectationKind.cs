namespace DtiRules.Language.Binding.Tests;

/// <summary>What an expectation compares.</summary>
public enum ExpectationKind
{
    /// <summary>A node's points.</summary>
    Points,

    /// <summary>A node's published 0–1 value.</summary>
    NodeValue,

    /// <summary>An output's published value.</summary>
    OutputValue,

    /// <summary>A unit's rank on a ranked output.</summary>
    Rank,
}
