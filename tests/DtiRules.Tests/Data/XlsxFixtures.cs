using MiniExcelLibs;

namespace DtiRules.Tests.Data;

/// <summary>Builds small workbooks cell by cell for reader tests: each sheet's rows start at row 1, column A.</summary>
internal static class XlsxFixtures
{
    public static byte[] Book(params (string Sheet, object?[][] Rows)[] sheets)
    {
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (sheet, rows) in sheets)
        {
            // MiniExcel takes the columns from the first row, so every row gets the same width.
            var width = Math.Max(1, rows.Select(r => r.Length).DefaultIfEmpty(0).Max());
            book[sheet] = rows
                .Select(row => Enumerable.Range(0, width).ToDictionary(c => ((char)('A' + c)).ToString(), c => c < row.Length ? row[c] : null))
                .ToList();
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, book, printHeader: false);
        return stream.ToArray();
    }
}
