using System.Globalization;
using System.Text;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using MiniExcelLibs;

namespace DtiRules.Data.Reading;

/// <summary>
/// Reads an Excel workbook (.xlsx) in the shapes a CSV file has: the first sheet not named
/// <c>notes</c> holds the table (wide <c>unit,&lt;field&gt;,…</c> or long <c>unit,field,value</c>),
/// rows whose first cell starts with <c>#</c> are comments as in CSV, and every non-empty cell of
/// column A of a <c>notes</c> sheet is a note (under an optional header <c>note</c>). Positions are written <c>book.xlsx[Sheet1](row,column)</c>:
/// the sheet in brackets after the file, then the 1-based row and column (column C is 3).
/// </summary>
internal static class XlsxDatasetReader
{
    /// <summary>The name of the optional sheet whose column A holds notes such as "synthetic data".</summary>
    public const string NotesSheet = "notes";

    private const char CommentMarker = '#';

    /// <summary>Reads the workbook in <paramref name="content"/>; null when it holds no usable table.</summary>
    public static RawDataset? Read(byte[] content, string path, DiagnosticBag diagnostics)
    {
        using var stream = new MemoryStream(content, writable: false);
        var numberCells = new HashSet<(int Line, int Index)>();
        if (ReadDataSheet(stream, path, numberCells, diagnostics) is not (var sheetNames, var sheetPath, var rows)
            || ReadNotes(stream, sheetNames, path, diagnostics) is not { } notes)
        {
            return null;
        }

        var preamble = CsvPreamble.Read([.. rows.Select(r => r.Cells[0])], sheetPath, diagnostics);
        if (preamble.DecimalComma)
        {
            // Number cells are exact already; spell them with the declared comma so every cell is read by the same rule.
            rows = [.. rows.Select(r => r with { Cells = [.. r.Cells.Select((text, i) => numberCells.Contains((r.Line, i)) ? text.Replace('.', ',') : text)] })];
        }

        var records = rows
            .Where(r => !r.Cells.All(string.IsNullOrWhiteSpace) && !r.Cells[0].TrimStart().StartsWith(CommentMarker))
            .ToList();
        var raw = CsvDatasetReader.FromRecords(records, sheetPath, preamble, diagnostics);

        // Cells keep their sheet in their positions; the dataset as a whole is the file.
        return raw is null ? null : raw with { Path = path, Notes = [.. notes, .. raw.Notes] };
    }

    /// <summary>
    /// The first data sheet of the workbook in <paramref name="content"/> as a table of text cells,
    /// without comment and empty rows, for tables that are not datasets (unit lists); null when
    /// the workbook cannot be read or the sheet is empty.
    /// </summary>
    internal static TextTable? ReadTable(byte[] content, string path, DiagnosticBag diagnostics)
    {
        using var stream = new MemoryStream(content, writable: false);
        var numberCells = new HashSet<(int Line, int Index)>();
        if (ReadDataSheet(stream, path, numberCells, diagnostics) is not (_, var sheetPath, var rows))
        {
            return null;
        }

        var records = rows.Where(r => !r.Cells.All(string.IsNullOrWhiteSpace) && !r.Cells[0].TrimStart().StartsWith(CommentMarker)).ToList();
        return new TextTable(sheetPath, records, numberCells);
    }

    /// <summary>The workbook's sheet names, and the first sheet not named <c>notes</c> with its path and rows; null, reported, when there is none or it is empty.</summary>
    private static (List<string> SheetNames, string SheetPath, List<CsvRecord> Rows)? ReadDataSheet(
        MemoryStream stream, string path, HashSet<(int Line, int Index)> numberCells, DiagnosticBag diagnostics)
    {
        List<string> sheetNames;
        try
        {
            sheetNames = MiniExcel.GetSheetNames(stream);
        }
        catch (Exception exception) when (IsUnreadableWorkbook(exception))
        {
            diagnostics.Report(DataDiagnostics.UnreadableWorkbook, SourceLocation.File(path), exception.Message);
            return null;
        }

        var dataSheet = sheetNames.FirstOrDefault(n => !IsNotesSheet(n));
        if (dataSheet is null)
        {
            var found = sheetNames.Count == 0 ? "no sheet" : $"only the sheet '{sheetNames[0]}'";
            diagnostics.Report(DataDiagnostics.NoDataSheet, SourceLocation.File(path), found);
            return null;
        }

        var sheetPath = SheetPath(path, dataSheet);
        if (ReadSheet(stream, dataSheet, sheetPath, numberCells, diagnostics) is not { } rows)
        {
            return null;
        }

        if (rows.All(r => r.Cells.All(string.IsNullOrWhiteSpace)))
        {
            diagnostics.Report(DataDiagnostics.EmptySheet, SourceLocation.File(sheetPath), dataSheet);
            return null;
        }

        return (sheetNames, sheetPath, rows);
    }

    /// <summary>The path that positions in <paramref name="sheet"/> carry, e.g. <c>data.xlsx[Sheet1]</c>.</summary>
    public static string SheetPath(string path, string sheet) => $"{path}[{sheet}]";

    private static bool IsNotesSheet(string name) => string.Equals(name.Trim(), NotesSheet, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The sheet's rows from row 1 and column A, every row padded to the widest used column, so a
    /// record's line is its row number and a cell's index its column number less one. The
    /// positions of cells that hold numbers are added to <paramref name="numberCells"/>.
    /// </summary>
    private static List<CsvRecord>? ReadSheet(Stream stream, string sheet, string sheetPath, HashSet<(int Line, int Index)> numberCells, DiagnosticBag diagnostics)
    {
        var rows = new List<CsvRecord>();
        try
        {
            stream.Position = 0;
            var line = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet))
            {
                line++;
                var cells = new List<string>();
                foreach (var (column, value) in row)
                {
                    var index = ColumnNumber(column) - 1;
                    while (cells.Count <= index)
                    {
                        cells.Add(string.Empty);
                    }

                    cells[index] = CellText(value, new SourceLocation(sheetPath, line, index + 1), diagnostics);
                    if (value is double)
                    {
                        numberCells.Add((line, index));
                    }
                }

                rows.Add(new CsvRecord(line, [.. cells]));
            }
        }
        catch (Exception exception) when (IsUnreadableWorkbook(exception))
        {
            diagnostics.Report(DataDiagnostics.UnreadableWorkbook, SourceLocation.File(sheetPath), exception.Message);
            return null;
        }

        var width = rows.Select(r => Array.FindLastIndex(r.Cells, c => c.Trim().Length > 0) + 1).DefaultIfEmpty(0).Max();
        return [.. rows.Select(r => r with { Cells = [.. r.Cells.Take(width), .. Enumerable.Repeat(string.Empty, Math.Max(0, width - r.Cells.Length))] })];
    }

    private static List<string>? ReadNotes(Stream stream, List<string> sheetNames, string path, DiagnosticBag diagnostics)
    {
        if (sheetNames.FirstOrDefault(IsNotesSheet) is not { } sheet)
        {
            return [];
        }

        var rows = ReadSheet(stream, sheet, SheetPath(path, sheet), [], diagnostics);
        var lines = rows?.Where(r => r.Cells.Length > 0 && r.Cells[0].Trim().Length > 0).Select(r => r.Cells[0].Trim()).ToList();

        // A header cell 'note' or 'notes' over the column names it and is no note itself.
        return lines is [var first, ..] && (IsNotesSheet(first) || string.Equals(first, "note", StringComparison.OrdinalIgnoreCase)) ? lines[1..] : lines;
    }

    /// <summary>
    /// The cell as the text a CSV file would hold: numbers in invariant notation (exact to the 15
    /// digits a spreadsheet keeps), true/false, text in NFC. A date is reported, since no field holds one.
    /// </summary>
    private static string CellText(object? value, SourceLocation location, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string text:
                return text.Normalize(NormalizationForm.FormC);
            case bool flag:
                return flag ? "true" : "false";
            case double number:
                return NumberText(number);
            case DateTime date:
                diagnostics.Report(DataDiagnostics.DateCell, location, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return string.Empty;
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    private static string NumberText(double number)
    {
        // decimal keeps the 15 significant digits a spreadsheet shows, so 0.1 stays 0.1 rather than 0.1000000000000000055…
        const double DecimalLimit = 7.9e28;
        return Math.Abs(number) < DecimalLimit
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The 1-based number of a column letter reference: A is 1, Z 26, AA 27.</summary>
    private static int ColumnNumber(string letters)
    {
        var number = 0;
        foreach (var letter in letters)
        {
            number = (number * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return number;
    }

    /// <summary>
    /// What the workbook library throws on a file that is not a readable workbook (not a zip, parts
    /// missing, broken XML). Its parser gives no narrower contract, so only failures of the process
    /// itself are let through.
    /// </summary>
    private static bool IsUnreadableWorkbook(Exception exception) =>
        exception is not (OutOfMemoryException or OperationCanceledException);
}
