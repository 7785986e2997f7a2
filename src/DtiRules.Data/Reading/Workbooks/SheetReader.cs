using System.Globalization;
using System.Text;
using System.Xml;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading.Workbooks;

/// <summary>
/// Streams the rows of one sheet: only the cells written in the file, each read as the text a CSV
/// file would hold, whatever dimension the sheet declares. A formula without a saved result and a
/// text cell whose shared string does not exist are reported at the cell; more written cells than
/// the workbook's limit stop the reading.
/// </summary>
internal static class SheetReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // Longest formula text quoted in a message.
    private const int FormulaShown = 80;

    /// <summary>The rows of <paramref name="sheet"/> that have any cell, in file order; positions use <paramref name="sheetPath"/>.</summary>
    /// <exception cref="WorkbookTooLargeException">More cells or bytes than the limits allow.</exception>
    public static IEnumerable<SheetRow> Rows(WorkbookPackage package, string sheet, string sheetPath, DiagnosticBag diagnostics)
    {
        using var reader = package.OpenSheet(sheet);
        var rowNumber = 0;
        var written = 0L;
        while (reader.Read())
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "row", NamespaceURI: MainNamespace })
            {
                continue;
            }

            rowNumber = WorkbookPackage.Integer(reader.GetAttribute("r")) is { } number && number > 0 ? number : rowNumber + 1;
            if (reader.IsEmptyElement)
            {
                continue;
            }

            var cells = new List<SheetCell>();
            var column = 0;
            var depth = reader.Depth;
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader is not { NodeType: XmlNodeType.Element, LocalName: "c", NamespaceURI: MainNamespace })
                {
                    continue;
                }

                if (++written > package.Limits.MaxCells)
                {
                    throw new WorkbookTooLargeException(string.Create(CultureInfo.InvariantCulture, $"more than {package.Limits.MaxCells:N0} cells"));
                }

                column = ColumnOf(reader.GetAttribute("r")) ?? column + 1;
                var cell = ReadCell(reader, package, new SourceLocation(sheetPath, rowNumber, column), diagnostics);
                if (cell.Text.Length > 0)
                {
                    cells.Add(cell with { Column = column });
                }
            }

            if (cells.Count > 0)
            {
                yield return new SheetRow(rowNumber, cells);
            }
        }
    }

    /// <summary>Reads the <c>c</c> element the reader is on, leaving it on the element's end.</summary>
    private static SheetCell ReadCell(XmlReader reader, WorkbookPackage package, SourceLocation location, DiagnosticBag diagnostics)
    {
        var type = reader.GetAttribute("t") ?? "n";
        var style = WorkbookPackage.Integer(reader.GetAttribute("s")) ?? 0;
        string? value = null, formula = null, inline = null;
        if (!reader.IsEmptyElement)
        {
            // Reading an element's content moves past its end, so the loop reads on only after other nodes.
            var depth = reader.Depth;
            reader.Read();
            while (reader.Depth > depth)
            {
                switch (reader.NodeType == XmlNodeType.Element ? reader.LocalName : null)
                {
                    case "v":
                        value = reader.ReadElementContentAsString();
                        break;
                    case "f":
                        formula = reader.ReadElementContentAsString();
                        break;
                    case "is":
                        inline = WorkbookPackage.ReadText(reader);
                        reader.Read();
                        break;
                    case null:
                        reader.Read();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        if (formula is not null && value is null && type != "inlineStr")
        {
            var shown = formula.Length > FormulaShown ? formula[..FormulaShown] + "…" : formula;
            diagnostics.Report(DataDiagnostics.FormulaWithoutValue, location, shown.Length == 0 ? "(shared)" : "=" + shown);
            return new SheetCell(0, string.Empty, false);
        }

        return type switch
        {
            "s" => SharedString(value, package, location, diagnostics),
            "inlineStr" => Text(inline ?? value ?? string.Empty),
            "str" or "e" => Text(value ?? string.Empty),
            "b" => new SheetCell(0, value switch { "1" => "true", "0" => "false", _ => value ?? string.Empty }, false),
            "d" => Date(value ?? string.Empty, location, diagnostics),
            _ => Number(value, style, package, location, diagnostics),
        };
    }

    private static SheetCell Text(string text) => new(0, text.Normalize(NormalizationForm.FormC), false);

    private static SheetCell SharedString(string? value, WorkbookPackage package, SourceLocation location, DiagnosticBag diagnostics)
    {
        var strings = package.SharedStrings;
        if (WorkbookPackage.Integer(value?.Trim()) is { } index && index < strings.Count)
        {
            return Text(strings[index]);
        }

        diagnostics.Report(DataDiagnostics.BrokenSharedString, location, value ?? "(none)", strings.Count);
        return new SheetCell(0, string.Empty, false);
    }

    private static SheetCell Number(string? value, int style, WorkbookPackage package, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Text(value ?? string.Empty);
        }

        if (package.DateStyles.Contains(style))
        {
            var date = number is > -657435 and < 2958466 ? DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
            diagnostics.Report(DataDiagnostics.DateCell, location, date);
            return new SheetCell(0, string.Empty, false);
        }

        return new SheetCell(0, NumberText(number), true);
    }

    private static SheetCell Date(string value, SourceLocation location, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DataDiagnostics.DateCell, location, value.Length >= 10 ? value[..10] : value);
        return new SheetCell(0, string.Empty, false);
    }

    /// <summary>A number as invariant text, exact to the 15 digits a spreadsheet keeps (0.1 stays 0.1, not 0.1000000000000000055…).</summary>
    private static string NumberText(double number)
    {
        const double DecimalLimit = 7.9e28;
        return Math.Abs(number) < DecimalLimit
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The 1-based column of a cell reference such as <c>C4</c> or <c>XFD1048576</c>; null when there is none.</summary>
    public static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var number = 0;
        foreach (var letter in reference)
        {
            if (!char.IsAsciiLetter(letter))
            {
                break;
            }

            number = (number * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
            if (number > 16384)
            {
                return null;
            }
        }

        return number > 0 ? number : null;
    }
}
