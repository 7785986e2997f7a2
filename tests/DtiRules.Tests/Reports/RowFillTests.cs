using System.IO.Compression;
using System.Xml.Linq;
using DtiRules.Data.Reports.Workbooks;

namespace DtiRules.Tests.Reports;

public sealed class RowFillTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static XDocument Entry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>For each data row of the named sheet (header excluded), the fill colours of its cells, read through the workbook's own relationships.</summary>
    private static List<List<string?>> FillsByRow(byte[] workbook, string sheetName)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var sheet = Entry(zip, "xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName);
        var id = (string)sheet.Attribute(Relationships + "id")!;
        var target = (string)Entry(zip, "xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        var styles = Entry(zip, "xl/styles.xml").Root!;
        var fills = styles.Element(Main + "fills")!.Elements(Main + "fill").ToList();
        var formats = styles.Element(Main + "cellXfs")!.Elements(Main + "xf").ToList();
        string? FillOf(XElement cell)
        {
            var format = formats[(int?)cell.Attribute("s") ?? 0];
            var pattern = fills[(int?)format.Attribute("fillId") ?? 0].Element(Main + "patternFill")!;
            return (string?)pattern.Attribute("patternType") == "solid" ? (string?)pattern.Element(Main + "fgColor")?.Attribute("rgb") : null;
        }

        return [.. Entry(zip, path).Descendants(Main + "row").Skip(1).Select(row => row.Elements(Main + "c").Select(FillOf).ToList())];
    }

    private static byte[] Write(params WorkbookSheet[] sheets)
    {
        using var stream = new MemoryStream();
        WorkbookWriter.Write(sheets, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Highlighted_rows_and_only_they_are_filled_whatever_their_number_format()
    {
        var plain = WorkbookSheet.FromText("first", ["id", "points"], [["a", "1"], ["b", "2"]], textColumns: 1);
        var marked = WorkbookSheet.FromText("gaps", ["id", "difference", "effect"], [["a", "0", "0"], ["b", "-1", "-0.0125"], ["c", "+2", "0.025"], ["d", "0", "0"]], textColumns: 1)
            with { HighlightedRows = new HashSet<int> { 1, 2 } };

        var workbook = Write(plain, marked);

        var rows = FillsByRow(workbook, "gaps");
        Assert.Equal(4, rows.Count);
        Assert.All(rows[0].Concat(rows[3]), fill => Assert.Null(fill));
        Assert.All(rows[1].Concat(rows[2]), fill => Assert.Equal(RowFills.FillColor, fill));
        Assert.All(FillsByRow(workbook, "first").SelectMany(r => r), fill => Assert.Null(fill));
        Assert.Equal(workbook, Write(plain, marked));
    }

    [Fact]
    public void A_workbook_without_highlighted_rows_is_written_as_before()
    {
        var sheet = WorkbookSheet.FromText("plain", ["id", "points"], [["a", "1.5"]], textColumns: 1);

        var workbook = Write(sheet);

        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var formats = Entry(zip, "xl/styles.xml").Root!.Element(Main + "cellXfs")!.Elements(Main + "xf");
        Assert.DoesNotContain(formats, f => (string?)f.Attribute("applyFill") == "1" && (int?)f.Attribute("fillId") > 2);
    }
}
