using System.Data;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// Writes sheets to an Excel workbook (.xlsx) with MiniExcel: a frozen, filterable header row on
/// every sheet, numbers as numbers, fractional columns in the format <c>0.0000</c>, highlighted
/// rows with a fill; the same sheets always give the same bytes. Sheet names are made valid for
/// Excel and unique.
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
        var names = SheetNames.Valid([.. sheets.Select(s => s.Name)]);
        var headers = sheets.Select(s => SheetNames.Distinct(s.Headers)).ToList();

        // MiniExcel styles columns by header across the whole workbook, so the formats are gathered from every sheet.
        var columns = new SortedDictionary<string, DynamicExcelColumn>(StringComparer.Ordinal);
        for (var s = 0; s < sheets.Count; s++)
        {
            for (var c = 0; c < sheets[s].Columns.Count; c++)
            {
                var name = sheets[s].Columns[c];
                var isDecimal = sheets[s].DecimalColumns.Contains(name);
                if (!isDecimal && !TextWidths.ContainsKey(name))
                {
                    continue;
                }

                var column = columns.TryGetValue(headers[s][c], out var found) ? found : columns[headers[s][c]] = new DynamicExcelColumn(headers[s][c]);
                if (isDecimal)
                {
                    column.Format = DecimalFormat;
                }

                if (TextWidths.TryGetValue(name, out var width))
                {
                    column.Width = width;
                }
            }
        }

        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, DynamicColumns = [.. columns.Values] };
        var tables = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var s = 0; s < sheets.Count; s++)
        {
            tables.Add(names[s], ToTable(names[s], headers[s], sheets[s].Rows));
        }

        using var package = new MemoryStream();
        MiniExcel.SaveAs(package, tables, configuration: configuration);
        package.Position = 0;
        DeterministicPackage.Copy(package, stream, new RowFills(sheets).Rewrite);
    }

    private static DataTable ToTable(string name, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var table = new DataTable(name) { Locale = CultureInfo.InvariantCulture };
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add([.. row.Select(cell => cell ?? DBNull.Value)]);
        }

        return table;
    }
}
