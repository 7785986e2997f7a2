using System.Globalization;
using CsvHelper;

namespace DtiRules.Data.Reports;

/// <summary>Writes a header and rows of text as CSV (RFC 4180, '\n' line ends; cells with line breaks quoted, their breaks kept).</summary>
public static class CsvTableWriter
{
    /// <summary>Writes <paramref name="columns"/> and then <paramref name="rows"/> to <paramref name="writer"/>.</summary>
    public static void Write(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, TextWriter writer)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using var csv = CsvWriter.Create(writer, options, true);
        csv.WriteRecord([.. columns]);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row]);
        }

        csv.Flush();
    }
}
