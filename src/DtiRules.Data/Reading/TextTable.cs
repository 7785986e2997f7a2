using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// A CSV file or the first data sheet of a workbook as rows of text cells, read with the same rules
/// as a dataset (byte order mark, encodings, quoted multi-line cells, <c>#</c> comment rows, the
/// delimiter settings), for tables that are not datasets, such as unit lists.
/// </summary>
/// <param name="CellPath">The path positions carry: the file, or <c>book.xlsx[Sheet]</c> for a workbook.</param>
/// <param name="Records">The rows with any cell, comments left out, each with its line (or sheet row).</param>
/// <param name="NumberCells">The (line, 0-based cell) positions of workbook cells stored as numbers.</param>
internal sealed record TextTable(string CellPath, IReadOnlyList<CsvRecord> Records, IReadOnlySet<(int Line, int Index)> NumberCells)
{
    /// <summary>Reads <paramref name="content"/>, a .csv or .xlsx file by the extension of <paramref name="path"/>; null when it cannot be read.</summary>
    public static TextTable? Read(ReadOnlySpan<byte> content, string path, DiagnosticBag diagnostics)
    {
        if (DatasetReader.IsWorkbook(path))
        {
            return XlsxDatasetReader.ReadTable(content.ToArray(), path, diagnostics);
        }

        if (TextDecoding.Decode(content, out var problem) is not { } text)
        {
            diagnostics.Report(DataDiagnostics.Encoding, problem!.LocationIn(path), problem.Message);
            return null;
        }

        return new TextTable(path, CsvDatasetReader.ReadTable(text, path, diagnostics).Records, new HashSet<(int, int)>());
    }
}
