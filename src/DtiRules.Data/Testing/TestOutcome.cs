using DtiRules.Language.Binding.Tests;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Data.Testing;

/// <summary>The result of one test block: its expectations, and any problem with its data or scoring.</summary>
/// <param name="Test">The test.</param>
/// <param name="Expectations">Each expectation's outcome (empty when the data could not be scored).</param>
/// <param name="Diagnostics">Errors in the test's data or in scoring it.</param>
public sealed record TestOutcome(RulesetTest Test, IReadOnlyList<ExpectationOutcome> Expectations, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the data scored without errors and every expectation holds.</summary>
    public bool Passed => !Diagnostics.Any(d => d.IsError) && Expectations.All(e => e.Passed);
}
