using System.Globalization;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

/// <summary>Writes the README's sample workbook from the sample CSV: a notes sheet first (the data is synthetic), then the data with numbers as numbers.</summary>
internal static class SampleWorkbook
{
    public static byte[] FromCsv(string csvPath)
    {
        var diagnostics = new DiagnosticBag();
        var raw = DatasetReader.Read(csvPath, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        var fields = raw.Rows.SelectMany(r => r.Cells.Select(c => c.Field)).Distinct(StringComparer.Ordinal).ToList();
        var rows = raw.Rows.Select(row =>
        {
            var cells = row.Cells.ToDictionary(c => c.Field, c => c.Text, StringComparer.Ordinal);
            return (IReadOnlyList<object?>)[row.UnitText, .. fields.Select(f => Cell(cells.GetValueOrDefault(f, string.Empty)))];
        }).ToList();
        var notes = WorkbookSheet.Lines("notes", "note", raw.Notes);
        var data = new WorkbookSheet(Path.GetFileNameWithoutExtension(csvPath), ["unit", .. fields], rows);
        using var stream = new MemoryStream();
        WorkbookWriter.Write([notes, data], stream);
        return stream.ToArray();
    }

    private static object? Cell(string text) =>
        text.Length == 0 ? null
        : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number
        : text;
}
