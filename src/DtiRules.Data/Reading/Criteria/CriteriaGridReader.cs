using System.Xml;
using DtiRules.Data.Reading.Workbooks;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>
/// Reads every written row of a CSV file or of one workbook sheet, each as wide as it is written, so
/// title rows above a sheet's header and merged cells cost nothing; decoding, quoting, comment rows
/// and workbook cells follow the dataset readers.
/// </summary>
internal static class CriteriaGridReader
{
    /// <summary>The rows of <paramref name="path"/>; for a workbook the sheet <paramref name="sheet"/> or the first that is not <c>notes</c>.</summary>
    public static TextTable? Read(string path, string? sheet, DiagnosticBag diagnostics)
    {
        if (FileBytes.TryRead(path, out var reason) is not { } bytes)
        {
            diagnostics.Report(DataDiagnostics.CannotReadFile, SourceLocation.File(path), reason);
            return null;
        }

        if (DatasetReader.IsWorkbook(path))
        {
            return ReadWorkbook(bytes, path, sheet, diagnostics);
        }

        if (TextDecoding.Decode(bytes, out var problem) is not { } text)
        {
            diagnostics.Report(DataDiagnostics.Encoding, problem!.LocationIn(path), problem.Message);
            return null;
        }

        return new TextTable(path, CsvDatasetReader.ReadTable(text, path, diagnostics).Records, new HashSet<(int, int)>());
    }

    private static TextTable? ReadWorkbook(byte[] content, string path, string? sheet, DiagnosticBag diagnostics)
    {
        var sheetPath = path;
        try
        {
            using var package = new WorkbookPackage(content, WorkbookLimits.FromEnvironment());
            var name = sheet is null
                ? package.SheetNames.FirstOrDefault(n => !XlsxDatasetReader.IsNotesSheet(n))
                : package.SheetNames.FirstOrDefault(n => string.Equals(n.Trim(), sheet.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                diagnostics.Report(DataDiagnostics.SheetNotFound, SourceLocation.File(path), sheet ?? DiagnosticTexts.Phrase(nameof(DiagnosticText.ADataSheet)), string.Join(", ", package.SheetNames));
                return null;
            }

            sheetPath = XlsxDatasetReader.SheetPath(path, name);
            var records = new List<CsvRecord>();
            var numbers = new HashSet<(int Line, int Index)>();
            foreach (var row in SheetReader.Rows(package, name, sheetPath, diagnostics))
            {
                var width = row.LastColumn;
                if (width == 0)
                {
                    continue;
                }

                var cells = new string[width];
                Array.Fill(cells, string.Empty);
                foreach (var cell in row.Cells.Where(c => c.Column <= width))
                {
                    cells[cell.Column - 1] = cell.Text;
                    if (cell.IsNumber)
                    {
                        numbers.Add((row.Number, cell.Column - 1));
                    }
                }

                records.Add(new CsvRecord(row.Number, cells));
            }

            return new TextTable(sheetPath, records, numbers);
        }
        catch (WorkbookTooLargeException tooLarge)
        {
            diagnostics.Report(DataDiagnostics.SheetTooLarge, SourceLocation.File(sheetPath), tooLarge.Message, WorkbookLimits.CellsVariable, WorkbookLimits.MegabytesVariable);
            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException or KeyNotFoundException)
        {
            diagnostics.Report(DataDiagnostics.UnreadableWorkbook, SourceLocation.File(sheetPath), exception.Message);
            return null;
        }
    }
}
