using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Tests;

/// <summary>One cell of a test unit: a field and its text, read like a data file's cell.</summary>
/// <param name="Field">The column name.</param>
/// <param name="Value">The cell text.</param>
/// <param name="Location">Where it is written.</param>
public sealed record TestCell(string Field, string Value, SourceLocation Location);
