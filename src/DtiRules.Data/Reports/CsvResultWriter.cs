using System.Globalization;
using CsvHelper;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>Writes a scoring result as CSV (RFC 4180, UTF-8, '\n' line ends): every node, rank and unit first.</summary>
public static class CsvResultWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(ScoringResult result, TextWriter writer)
    {
        // Row by row, so a large result is never held as text.
        var table = new ResultRows(result);
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using var csv = CsvWriter.Create(writer, options, true);
        csv.WriteRecord([.. table.Columns]);
        foreach (var row in table.Rows())
        {
            csv.WriteRecord(row);
        }

        csv.Flush();
    }
}
