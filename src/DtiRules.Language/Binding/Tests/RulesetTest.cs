using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Tests;

/// <summary>A checked <c>test</c> block of a ruleset file.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Location">Where the test is written.</param>
/// <param name="Units">The units and their data.</param>
/// <param name="Expectations">The results expected.</param>
public sealed record RulesetTest(string Name, SourceLocation Location, IReadOnlyList<TestUnit> Units, IReadOnlyList<TestExpectation> Expectations);
