using System.Data;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// Writes sheets to an Excel workbook (.xlsx) with MiniExcel: a frozen, filterable header row on
/// every sheet, numbers as numbers, fractional columns in the format <c>0.0000</c>, highlighted
/// rows with a fill; the same sheets always give the same bytes.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>The number format of fractional columns.</summary>
    public const string DecimalFormat = "0.0000";

    /// <summary>Column widths (in characters) for the columns that hold long text.</summary>
    private static readonly Dictionary<string, int> TextWidths = new(StringComparer.Ordinal)
    {
        ["unit"] = 22,
        ["label"] = 60,
        ["description"] = 80,
        ["note"] = 120,
        ["flags"] = 40,
    };

    /// <summary>Writes <paramref name="sheets"/>, in order, as a workbook to <paramref name="stream"/>.</summary>
    public static void Write(IReadOnlyList<WorkbookSheet> sheets, Stream stream)
    {
        // MiniExcel styles columns by name across the whole workbook, so the formats are gathered from every sheet.
        var decimalColumns = sheets.SelectMany(s => s.DecimalColumns).Distinct(StringComparer.Ordinal);
        var columns = decimalColumns.Select(c => new DynamicExcelColumn(c) { Format = DecimalFormat })
            .Concat(TextWidths.Select(w => new DynamicExcelColumn(w.Key) { Width = w.Value }))
            .ToArray();
        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, DynamicColumns = columns };
        var tables = sheets.ToDictionary(s => s.Name, s => (object)ToTable(s), StringComparer.Ordinal);
        using var package = new MemoryStream();
        MiniExcel.SaveAs(package, tables, configuration: configuration);
        package.Position = 0;
        DeterministicPackage.Copy(package, stream, new RowFills(sheets).Rewrite);
    }

    private static DataTable ToTable(WorkbookSheet sheet)
    {
        var table = new DataTable(sheet.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in sheet.Columns)
        {
            table.Columns.Add(column, typeof(object));
        }

        foreach (var row in sheet.Rows)
        {
            table.Rows.Add([.. row.Select(cell => cell ?? DBNull.Value)]);
        }

        return table;
    }
}
