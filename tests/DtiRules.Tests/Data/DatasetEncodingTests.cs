using System.Text;
using DtiRules.Data;
using DtiRules.Data.Reading;
using DtiRules.Language.Diagnostics;
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
    public void Invalid_utf8_is_reported_at_its_line_and_asks_for_utf8()
    {
        // 0xE0 0x2C is how a Windows-1258 file writes "à," — a lead byte with no continuation.
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("unit,so_lieu\nHuế,1\nH"));
        bytes.AddRange([0xE0, 0x2C]);
        bytes.AddRange(Encoding.UTF8.GetBytes("2\n"));
        var diagnostics = new DiagnosticBag();

        var data = DatasetReader.Read(bytes.ToArray(), "data.csv", diagnostics);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.Encoding, 3, 2);
        Assert.Contains("line 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1258", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_byte_order_mark_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var data = DatasetReader.Read(Encoding.Unicode.GetBytes(Text), "data.csv", diagnostics);

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.Encoding, 0, 0);
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
