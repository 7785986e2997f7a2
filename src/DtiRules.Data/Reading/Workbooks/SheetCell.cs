namespace DtiRules.Data.Reading.Workbooks;

/// <summary>One written cell of a sheet row, as the text a CSV file would hold.</summary>
/// <param name="Column">The 1-based column (A is 1).</param>
/// <param name="Text">The cell as text: numbers in invariant notation, true/false, text in NFC; empty when it holds nothing usable.</param>
/// <param name="IsNumber">True when the cell is stored as a number.</param>
internal readonly record struct SheetCell(int Column, string Text, bool IsNumber);
