using System.Xml;
using DtiRules.Data.Reading.Workbooks;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// Reads an Excel workbook (.xlsx) in the shapes a CSV file has: the first sheet not named
/// <c>notes</c> holds the table (wide <c>unit,&lt;field&gt;,…</c> or long <c>unit,field,value</c>),
/// rows whose first cell starts with <c>#</c> are comments as in CSV, and every non-empty cell of
/// column A of a <c>notes</c> sheet is a note (under an optional header <c>note</c>). Positions are written <c>book.xlsx[Sheet1](row,column)</c>:
/// the sheet in brackets after the file, then the 1-based row and column (column C is 3).
/// The sheet is streamed: only written cells are read, the declared dimension is ignored, and a
/// sheet past <see cref="WorkbookLimits"/> is refused (DR4071) as soon as it gets there.
/// </summary>
internal static class XlsxDatasetReader
{
    /// <summary>The name of the optional sheet whose column A holds notes such as "synthetic data".</summary>
    public const string NotesSheet = "notes";

    /// <summary>The names a notes sheet goes by: <see cref="NotesSheet"/> and the name our workbooks give it in each language.</summary>
    private static readonly HashSet<string> NotesSheetNames =
        new([NotesSheet, .. Texts.InEveryLanguage(Texts.Workbook, nameof(WorkbookText.SheetNotes))], StringComparer.OrdinalIgnoreCase);

    /// <summary>The header a notes column goes by, in any language our workbooks write it.</summary>
    private static readonly HashSet<string> NoteHeaders =
        new(["note", .. Texts.InEveryLanguage(Texts.Workbook, nameof(WorkbookText.Note))], StringComparer.OrdinalIgnoreCase);

    private const char CommentMarker = '#';

    /// <summary>Reads the workbook in <paramref name="content"/>; null when it holds no usable table.</summary>
    public static RawDataset? Read(byte[] content, string path, DiagnosticBag diagnostics, WorkbookLimits? limits = null)
    {
        if (ReadSheet(content, path, diagnostics, limits, numberCells: null) is not { } sheet)
        {
            return null;
        }

        var raw = CsvDatasetReader.FromRecords(sheet.Records, sheet.Path, sheet.Preamble, diagnostics);

        // Cells keep their sheet in their positions; the dataset as a whole is the file.
        return raw is null ? null : raw with { Path = path, Notes = [.. sheet.Notes, .. raw.Notes] };
    }

    /// <summary>
    /// The first data sheet of the workbook in <paramref name="content"/> as a table of text cells,
    /// without comment and empty rows, for tables that are not datasets (unit lists); null when
    /// the workbook cannot be read or the sheet is empty.
    /// </summary>
    internal static TextTable? ReadTable(byte[] content, string path, DiagnosticBag diagnostics, WorkbookLimits? limits = null)
    {
        var numberCells = new HashSet<(int Line, int Index)>();
        return ReadSheet(content, path, diagnostics, limits, numberCells) is { } sheet ? new TextTable(sheet.Path, sheet.Records, numberCells) : null;
    }

    /// <summary>The path that positions in <paramref name="sheet"/> carry, e.g. <c>data.xlsx[Sheet1]</c>.</summary>
    public static string SheetPath(string path, string sheet) => $"{path}[{sheet}]";

    /// <summary>True for a notes sheet, named in any language our workbooks write.</summary>
    public static bool IsNotesSheet(string name) => NotesSheetNames.Contains(name.Trim());

    private static SheetTable? ReadSheet(byte[] content, string path, DiagnosticBag diagnostics, WorkbookLimits? limits, HashSet<(int Line, int Index)>? numberCells)
    {
        var sheetPath = path;
        try
        {
            using var package = new WorkbookPackage(content, limits ?? WorkbookLimits.FromEnvironment());
            if (package.SheetNames.FirstOrDefault(n => !IsNotesSheet(n)) is not { } dataSheet)
            {
                var found = package.SheetNames.Count == 0 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.NoSheet)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.OnlyTheSheet), package.SheetNames[0]);
                diagnostics.Report(DataDiagnostics.NoDataSheet, SourceLocation.File(path), found);
                return null;
            }

            sheetPath = SheetPath(path, dataSheet);
            var table = new SheetTableBuilder(sheetPath, package.Limits.MaxCells, numberCells, diagnostics);
            foreach (var row in SheetReader.Rows(package, dataSheet, sheetPath, diagnostics))
            {
                table.Add(row);
            }

            if (table.IsEmpty)
            {
                diagnostics.Report(DataDiagnostics.EmptySheet, SourceLocation.File(sheetPath), dataSheet);
                return null;
            }

            var notes = package.SheetNames.FirstOrDefault(IsNotesSheet) is { } notesSheet ? ReadNotes(package, notesSheet, path, diagnostics) : [];
            return table.ToTable(notes);
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

    private static List<string> ReadNotes(WorkbookPackage package, string sheet, string path, DiagnosticBag diagnostics)
    {
        var lines = SheetReader.Rows(package, sheet, SheetPath(path, sheet), diagnostics)
            .Select(r => r.TextAt(1).Trim())
            .Where(text => text.Length > 0)
            .ToList();

        // A header cell 'note' or 'notes' over the column names it and is no note itself.
        return lines is [var first, ..] && (IsNotesSheet(first) || NoteHeaders.Contains(first)) ? lines[1..] : lines;
    }

    /// <summary>
    /// Turns streamed rows into the records a CSV file gives: the rows before the header feed the
    /// preamble (notes and settings), comment and empty rows are left out, and each row is as wide
    /// as the header; a row with cells beyond the header is reported and left out, so a stray far
    /// cell costs one message, not a grid.
    /// </summary>
    private sealed class SheetTableBuilder(string sheetPath, long maxCells, HashSet<(int Line, int Index)>? numberCells, DiagnosticBag diagnostics)
    {
        private readonly List<CsvRecord> _records = [];
        private readonly List<(int Row, string First)> _leading = [];
        private CsvPreamble? _preamble;
        private int _width;
        private long _held;

        public bool IsEmpty => _records.Count == 0 && _leading.Count == 0;

        public void Add(SheetRow row)
        {
            var first = row.TextAt(1);
            var blank = row.LastColumn == 0;
            if (_preamble is null)
            {
                _leading.Add((row.Number, first));
                if (blank || first.TrimStart().StartsWith(CommentMarker))
                {
                    return;
                }

                _preamble = CsvPreamble.Read(Lines(), sheetPath, diagnostics);
                _width = row.LastColumn;
            }
            else if (blank || first.TrimStart().StartsWith(CommentMarker))
            {
                return;
            }
            else if (row.LastColumn > _width)
            {
                diagnostics.Report(DataDiagnostics.WrongCellCount, new SourceLocation(sheetPath, row.Number, _width + 1), row.LastColumn, _width);
                return;
            }

            _held += _width;
            if (_held > maxCells)
            {
                throw new WorkbookTooLargeException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"more than {maxCells:N0} cells"));
            }

            _records.Add(new CsvRecord(row.Number, Cells(row)));
        }

        public SheetTable ToTable(List<string> notes)
        {
            var preamble = _preamble ?? CsvPreamble.Read(Lines(), sheetPath, diagnostics);
            return new SheetTable(sheetPath, preamble, _records, notes);
        }

        /// <summary>Column A of every row up to the header, empty for rows not written, as a CSV file's leading lines.</summary>
        private IEnumerable<string> Lines()
        {
            var next = 1;
            foreach (var (number, first) in _leading)
            {
                for (; next < number; next++)
                {
                    yield return string.Empty;
                }

                next = number + 1;
                yield return first;
            }
        }

        private string[] Cells(SheetRow row)
        {
            var cells = new string[_width];
            Array.Fill(cells, string.Empty);
            foreach (var cell in row.Cells)
            {
                var index = cell.Column - 1;
                if (index >= _width)
                {
                    continue;
                }

                // Number cells are exact already; with a declared decimal comma they are spelt with it, so every cell is read by the same rule.
                cells[index] = cell.IsNumber && _preamble!.DecimalComma ? cell.Text.Replace('.', ',') : cell.Text;
                if (cell.IsNumber)
                {
                    numberCells?.Add((row.Number, index));
                }
            }

            return cells;
        }
    }

    /// <summary>A sheet read as a table: its path, its preamble, its records and the workbook's notes.</summary>
    private sealed record SheetTable(string Path, CsvPreamble Preamble, List<CsvRecord> Records, List<string> Notes);
}
