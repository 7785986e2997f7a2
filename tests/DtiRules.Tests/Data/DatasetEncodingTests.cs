using System.Text;
using DtiRules.Data;
using DtiRules.Data.Reading;
using DtiRules.Language.Diagnostics;
using DtiRules.Data.Binding;
using DtiRules.Data.Units;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Text;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class DatasetEncodingTests
{
    private const string Text = "unit,so_lieu\nThừa Thiên Huế,1\nĐắk Lắk,2\n";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom" };

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf8_and_utf16_with_byte_order_mark_read_the_same(string encoding)
    {
        var diagnostics = new DiagnosticBag();
        var data = DatasetReader.Read(Encode(Text, encoding), "data.csv", diagnostics);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["Thừa Thiên Huế", "Đắk Lắk"], data!.Rows.Select(r => r.UnitText));
        Assert.Equal("so_lieu", data.Rows[0].Cells[0].Field);
    }

    [Fact]
    public void Nfd_text_is_normalised_to_nfc()
    {
        var diagnostics = new DiagnosticBag();
        var data = DatasetReader.Read(Encoding.UTF8.GetBytes(Text.Normalize(NormalizationForm.FormD)), "data.csv", diagnostics);

        Assert.Equal("Thừa Thiên Huế".Normalize(NormalizationForm.FormC), data!.Rows[0].UnitText);
        Assert.True(data.Rows[1].UnitText.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Utf8_mixed_with_windows_1258_is_reported_at_its_line_and_says_how_to_save_as_utf8()
    {
        // 0xE0 0x2C is how a Windows-1258 file writes "à," — in a file whose "Huế" is UTF-8.
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("unit,so_lieu\nHuế,1\nH"));
        bytes.AddRange([0xE0, 0x2C]);
        bytes.AddRange(Encoding.UTF8.GetBytes("2\n"));
        var diagnostics = new DiagnosticBag();

        var data = DatasetReader.Read(bytes.ToArray(), "data.csv", diagnostics);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.Encoding, 3, 2);
        Assert.Contains("line 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1258", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1258_as_excel_saves_csv_on_vietnamese_windows_is_read()
    {
        var diagnostics = new DiagnosticBag();
        var data = DatasetReader.Read(VietnameseEncoders.ToWindows1258(Text), "data.csv", diagnostics);

        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["Thừa Thiên Huế", "Đắk Lắk"], data!.Rows.Select(r => r.UnitText));
    }

    [Fact]
    public void Unicode_text_as_excel_saves_it_is_read_tab_separated_with_or_without_byte_order_mark()
    {
        var tabbed = Text.Replace(',', '\t');
        foreach (var bytes in new[] { Encoding.Unicode.GetBytes(tabbed), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(tabbed)] })
        {
            var diagnostics = new DiagnosticBag();
            var data = DatasetReader.Read(bytes, "so-lieu.txt", diagnostics);

            AssertNoDiagnostics(diagnostics);
            Assert.Equal(["Thừa Thiên Huế", "Đắk Lắk"], data!.Rows.Select(r => r.UnitText));
            Assert.Equal(["1", "2"], data.Rows.Select(r => r.Cells.Single().Text));
        }
    }

    [Fact]
    public void A_workbook_saved_under_a_csv_name_is_named_as_a_workbook()
    {
        var diagnostics = new DiagnosticBag();
        var data = DatasetReader.Read(File.ReadAllBytes(RepositoryPaths.Combine("data", "sample", "provinces-2022.xlsx")), "data.csv", diagnostics);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.Encoding, 0, 0);
        Assert.Contains(".xlsx", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void Legacy_font_names_are_reported_at_their_row_and_column_and_never_scored(string font)
    {
        var table = "unit,so_lieu\nHà Nội,1\nĐà Nẵng,2\n";
        var written = font == "tcvn3" ? VietnameseEncoders.ToTcvn3(table) : VietnameseEncoders.ToVni(table);
        var diagnostics = new DiagnosticBag();

        var data = DatasetReader.Read(Encoding.Latin1.GetBytes(written), "data.csv", diagnostics);
        AssertNoDiagnostics(diagnostics);
        var scored = DatasetBinder.Bind(data!, TestSchemas.Schema, UnitList.Provinces63, diagnostics);

        Assert.Null(scored);
        Assert.Equal([("DR4039", 2, 1), ("DR4039", 3, 1)], Compile.Positions(diagnostics));
        Assert.Contains("reads 'Hà Nội'", diagnostics.First().Message, StringComparison.Ordinal);
        Assert.Contains(font == "tcvn3" ? "TCVN3 (ABC)" : "VNI", diagnostics.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_font_text_in_a_utf8_file_is_reported_in_its_cell()
    {
        var diagnostics = new DiagnosticBag();
        var data = DatasetReader.Read(Encoding.UTF8.GetBytes("unit,so_lieu\nHµ Néi,1\nHuế,Tr\u00ADêng\n"), "data.csv", diagnostics);

        DatasetBinder.Bind(data!, TestSchemas.Schema, UnitList.Provinces63, diagnostics);

        Assert.Equal([("DR4039", 2, 1), ("DR4039", 3, 2)], Compile.Positions(diagnostics));
        Assert.Equal("'Hµ Néi' is Vietnamese typed in the TCVN3 (ABC) font encoding and reads 'Hà Nội'; convert the table to Unicode (for example with UniKey's converter, from TCVN3 (ABC) to Unicode) and save it as CSV UTF-8.", diagnostics.First().Message);
    }

    [Fact]
    public void A_file_on_disk_is_read_and_a_missing_file_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dti-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, Encode(Text, "utf-8-bom"));
        try
        {
            var diagnostics = new DiagnosticBag();
            var data = DatasetReader.Read(path, diagnostics);
            AssertNoDiagnostics(diagnostics);
            Assert.Equal(path, data!.Path);
            Assert.Equal(path, data.Rows[0].Location.Path);
        }
        finally
        {
            File.Delete(path);
        }

        var missing = new DiagnosticBag();
        Assert.Null(DatasetReader.Read(path, missing));
        AssertOnly(missing, DataDiagnostics.CannotReadFile, 0, 0);
    }
}
