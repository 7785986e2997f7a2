using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Tests;

/// <summary>One unit's data in a test, as a data file would give it.</summary>
/// <param name="Name">The unit as written.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="Cells">Its cells.</param>
public sealed record TestUnit(string Name, SourceLocation Location, IReadOnlyList<TestCell> Cells);
