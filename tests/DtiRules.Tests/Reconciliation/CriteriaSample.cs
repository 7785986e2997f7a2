using System.Globalization;
using System.Text;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace DtiRules.Tests.Reconciliation;

/// <summary>
/// The synthetic commune criteria sheet, read here with the framework's own CSV parser (not the
/// reader under test), so expectations come from the file and not from <c>dti</c>.
/// </summary>
internal static class CriteriaSample
{
    public static readonly string Csv = RepositoryPaths.Combine("data", "sample", "criteria", "xa-hoa-binh-2025.csv");
    public static readonly string Xlsx = RepositoryPaths.Combine("data", "sample", "criteria", "xa-hoa-binh-2025.xlsx");

    /// <summary>Every record of the file after its comment line: the title row, the header, the numbering row, the criteria, the total.</summary>
    public static List<string[]> Records(string path)
    {
        using var parser = new TextFieldParser(path, Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, CommentTokens = ["#"] };
        parser.SetDelimiters(",");
        var records = new List<string[]>();
        while (!parser.EndOfData)
        {
            records.Add(parser.ReadFields()!);
        }

        return records;
    }

    /// <summary>The criterion rows: code, text, max, self, appraised, and the note cells (status, person, deadline, evidence).</summary>
    public static List<Criterion> Criteria() =>
        [.. Records(Csv).Where(r => r[0].Length > 0 && char.IsAsciiDigit(r[0][0])).Select(r => new Criterion(r[0], r[1], Number(r[3]), Number(r[4]), Number(r[5]), [r[7], r[8], r[9], r[10]]))];

    public static decimal Number(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The sheet as a workbook: the header from the CSV, points as number cells, codes as text, and a notes sheet saying it is synthetic.</summary>
    public static byte[] Workbook()
    {
        var records = Records(Csv);
        var header = records[1];
        var rows = records.Skip(2).Select(r => (IReadOnlyList<object?>)[.. r.Select((cell, c) => c is >= 3 and <= 6 && decimal.TryParse(cell.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : (object)cell)]).ToList();
        using var stream = new MemoryStream();
        WorkbookWriter.Write(
            [
                new WorkbookSheet("Tiêu chí", header, rows),
                WorkbookSheet.Lines("notes", "note", ["Synthetic data (dữ liệu mô phỏng): the commune sheet data/sample/criteria/xa-hoa-binh-2025.csv as a workbook; not a real commune's scores."]),
            ],
            stream);
        return stream.ToArray();
    }

    internal sealed record Criterion(string Code, string Text, decimal Max, decimal Self, decimal Appraised, string[] Notes);
}
