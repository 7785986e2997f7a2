namespace DtiRules.Data.Reading;

/// <summary>
/// Whether a semicolon-separated file that does not declare its decimal mark writes numbers with a
/// decimal comma: Excel writes a "CSV" with semicolons exactly under regional settings whose decimal
/// mark is a comma, so its numbers then read <c>0,5</c>. Only when every number with a decimal part
/// uses a comma and none a point (<c>1.5</c>, a grouped <c>1.234</c>, a code such as <c>1.1</c>): a
/// file that mixes them is left to the reader's own errors, which say what to declare.
/// </summary>
internal static class DecimalCommaGuess
{
    /// <summary>
    /// How many cells of the records after the first hold a number with a decimal comma, and the
    /// first of them; (0, "") when there are none or any cell holds a number with a point.
    /// </summary>
    public static (int Count, string Example) Of(IReadOnlyList<CsvRecord> records)
    {
        var (count, example) = (0, string.Empty);
        foreach (var record in records.Skip(1))
        {
            for (var c = 0; c < record.Cells.Count; c++)
            {
                var cell = record.Cells[c].Trim();
                if (CellParser.HasDecimalComma(cell))
                {
                    count++;
                    example = count == 1 ? cell : example;
                }
                else if (CellParser.HasPoint(cell))
                {
                    return (0, string.Empty);
                }
            }
        }

        return (count, example);
    }
}
