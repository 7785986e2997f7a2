using System.Globalization;
using System.Xml.Linq;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// Gives chosen rows of a written workbook a fill, which MiniExcel cannot do by row: every cell
/// style gets a filled twin appended to <c>styles.xml</c> (same number format, font and border), and
/// the cells of a highlighted row take the twin of their style. MiniExcel writes sheet N to
/// <c>xl/worksheets/sheetN.xml</c> in the order the sheets are given.
/// </summary>
internal sealed class RowFills
{
    /// <summary>The highlight: a light amber, readable under black text and in print.</summary>
    public const string FillColor = "FFFFE699";

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly Dictionary<string, IReadOnlySet<int>> _rowsBySheetEntry;
    private int _styleCount;

    /// <summary>Fills for <paramref name="sheets"/>, by their <see cref="WorkbookSheet.HighlightedRows"/>.</summary>
    public RowFills(IReadOnlyList<WorkbookSheet> sheets)
    {
        _rowsBySheetEntry = sheets
            .Select((sheet, i) => (Entry: string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{i + 1}.xml"), sheet.HighlightedRows))
            .Where(s => s.HighlightedRows.Count > 0)
            .ToDictionary(s => s.Entry, s => s.HighlightedRows, StringComparer.Ordinal);
    }

    /// <summary>
    /// The package entry <paramref name="name"/> with the fills applied (styles must be rewritten
    /// before the sheets); a workbook without highlighted rows is left exactly as written.
    /// </summary>
    public string Rewrite(string name, string text)
    {
        if (_rowsBySheetEntry.Count == 0)
        {
            return text;
        }

        if (name == "xl/styles.xml")
        {
            return AddFilledStyles(text);
        }

        return _rowsBySheetEntry.TryGetValue(name, out var rows) ? FillRows(text, rows) : text;
    }

    private string AddFilledStyles(string text)
    {
        var document = XDocument.Parse(text);
        var fills = document.Root!.Element(Main + "fills")!;
        var fillId = fills.Elements(Main + "fill").Count();
        fills.Add(new XElement(Main + "fill", new XElement(Main + "patternFill", new XAttribute("patternType", "solid"), new XElement(Main + "fgColor", new XAttribute("rgb", FillColor)))));
        fills.SetAttributeValue("count", fillId + 1);
        var styles = document.Root!.Element(Main + "cellXfs")!;
        var existing = styles.Elements(Main + "xf").ToList();
        _styleCount = existing.Count;
        foreach (var style in existing)
        {
            var twin = new XElement(style);
            twin.SetAttributeValue("fillId", fillId);
            twin.SetAttributeValue("applyFill", 1);
            styles.Add(twin);
        }

        styles.SetAttributeValue("count", existing.Count * 2);
        return Serialize(document);
    }

    private string FillRows(string text, IReadOnlySet<int> rows)
    {
        if (_styleCount == 0)
        {
            throw new InvalidOperationException("The workbook's styles must be rewritten before its sheets.");
        }

        var document = XDocument.Parse(text);
        foreach (var row in document.Descendants(Main + "row"))
        {
            // Row 1 is the header; data row i is sheet row i + 2.
            var number = int.Parse((string)row.Attribute("r")!, CultureInfo.InvariantCulture);
            if (rows.Contains(number - 2))
            {
                foreach (var cell in row.Elements(Main + "c"))
                {
                    var style = (int?)cell.Attribute("s") ?? 0;
                    cell.SetAttributeValue("s", style + _styleCount);
                }
            }
        }

        return Serialize(document);
    }

    private static string Serialize(XDocument document) =>
        document.Declaration + document.ToString(SaveOptions.DisableFormatting);
}
