using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>One cell of a dataset as written, before it is checked against a ruleset.</summary>
/// <param name="Field">The column (field) name.</param>
/// <param name="Text">The cell's text, NFC; empty when the cell is empty or null.</param>
/// <param name="Location">Where the cell is: line and field number in CSV, line and column in JSON.</param>
public sealed record RawCell(string Field, string Text, SourceLocation Location);
