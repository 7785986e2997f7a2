using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DtiRules.Tests.Data;

/// <summary>Workbooks written part by part, for what a spreadsheet program writes but no writer library lets a test write: far cells, formulas without results, broken references.</summary>
internal static partial class RawWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook with one sheet <c>Data</c> whose <c>sheetData</c> rows are written by <paramref name="rows"/>, and the given shared strings.</summary>
    public static byte[] Book(Action<TextWriter> rows, IReadOnlyList<string>? sharedStrings = null, string dimension = "A1")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""));
            Part(zip, "_rels/.rels", w => w.Write("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
            Part(zip, "xl/workbook.xml", w => w.Write($"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""));
            Part(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">""");
                foreach (var text in sharedStrings ?? [])
                {
                    w.Write($"<si><t>{System.Security.SecurityElement.Escape(text)}</t></si>");
                }

                w.Write("</sst>");
            });
            Part(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><dimension ref="{dimension}"/><sheetData>""");
                rows(w);
                w.Write("</sheetData></worksheet>");
            });
        }

        return stream.ToArray();
    }

    /// <summary>A row of inline text and number cells from column A.</summary>
    public static string Row(int number, params object[] cells)
    {
        var row = new StringBuilder($"<row r=\"{number}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            var reference = $"{(char)('A' + i)}{number}";
            row.Append(cells[i] switch
            {
                string text => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>",
                IFormattable number1 => $"<c r=\"{reference}\"><v>{number1.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
                _ => throw new ArgumentException("A cell is text or a number.", nameof(cells)),
            });
        }

        return row.Append("</row>").ToString();
    }

    /// <summary>A copy of <paramref name="book"/> whose sheet parts pass through <paramref name="change"/>.</summary>
    public static byte[] WithSheets(byte[] book, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(book), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                Part(target, entry.FullName, w => w.Write(entry.FullName.Contains("worksheets/sheet", StringComparison.Ordinal) ? change(text) : text));
            }
        }

        return output.ToArray();
    }

    /// <summary>The sheet XML with <paramref name="rows"/> added at the end of its data and its dimension declared as <paramref name="dimension"/>.</summary>
    public static string AddRows(string sheet, string rows, string? dimension = null)
    {
        var prefix = SheetDataEnd().Match(sheet).Groups["prefix"].Value;
        var changed = SheetDataEnd().Replace(sheet, rows.Replace("<", "<" + prefix, StringComparison.Ordinal).Replace("<" + prefix + "/", "</" + prefix, StringComparison.Ordinal) + "$0", 1);
        return dimension is null ? changed : Dimension().Replace(changed, $"${{open}}{dimension}\"", 1);
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        write(writer);
    }

    [GeneratedRegex("</(?<prefix>[a-z]+:)?sheetData>")]
    private static partial Regex SheetDataEnd();

    [GeneratedRegex("(?<open><(?:[a-z]+:)?dimension ref=\")[^\"]*\"")]
    private static partial Regex Dimension();
}
