using System.Globalization;
using CsvHelper;

namespace DtiRules.Cli.Output;

/// <summary>Writes a <see cref="TextGrid"/> as CSV (RFC 4180, '\n' line ends), header first.</summary>
internal static class GridCsvWriter
{
    public static void Write(TextGrid grid, TextWriter writer)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using var csv = CsvWriter.Create(writer, options, true);
        csv.WriteRecord([.. grid.Columns]);
        foreach (var row in grid.Rows)
        {
            csv.WriteRecord([.. row]);
        }

        csv.Flush();
    }
}
