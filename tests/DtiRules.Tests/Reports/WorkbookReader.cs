using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DtiRules.Tests.Reports;

/// <summary>
/// Reads a written workbook with the Open XML SDK, a reader independent of the writer: each sheet's
/// cells as their stored text, the number format of each cell and whether the header row is frozen.
/// </summary>
internal sealed class WorkbookReader
{
    private WorkbookReader(IReadOnlyList<WorkbookSheetContent> sheets) => Sheets = sheets;

    public IReadOnlyList<WorkbookSheetContent> Sheets { get; }

    public WorkbookSheetContent this[string name] => Sheets.Single(s => s.Name == name);

    public static WorkbookReader Open(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var formats = NumberFormats(workbook);
        var sheets = new List<WorkbookSheetContent>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<IReadOnlyList<(string Text, string Format)>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<(string, string)>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!.Value!);
                    while (cells.Count < column)
                    {
                        cells.Add((string.Empty, string.Empty));
                    }

                    cells.Add((CellText(cell, sharedStrings), cell.StyleIndex is { } style ? formats[(int)style.Value] : string.Empty));
                }

                rows.Add(cells);
            }

            var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
            var frozen = pane is not null && pane.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value == 1;
            sheets.Add(new WorkbookSheetContent(sheet.Name!.Value!, rows, frozen));
        }

        return new WorkbookReader(sheets);
    }

    private static string CellText(Cell cell, List<string> sharedStrings)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return sharedStrings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return cell.CellValue?.Text ?? string.Empty;
    }

    /// <summary>The format code of each cell style: custom ones from the style sheet, "" for General (0) and built-ins.</summary>
    private static List<string> NumberFormats(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        return [.. styles.CellFormats!.Elements<CellFormat>().Select(f => custom.GetValueOrDefault(f.NumberFormatId?.Value ?? 0, string.Empty))];
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
