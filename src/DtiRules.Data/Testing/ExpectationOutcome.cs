using DtiRules.Language.Binding.Tests;

namespace DtiRules.Data.Testing;

/// <summary>What one expectation of a test found.</summary>
/// <param name="Expectation">The expectation.</param>
/// <param name="Actual">The value the run gave, or null when there was none.</param>
/// <param name="Passed">True when the expectation holds.</param>
public sealed record ExpectationOutcome(TestExpectation Expectation, decimal? Actual, bool Passed);
