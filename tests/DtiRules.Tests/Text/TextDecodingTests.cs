using System.Text;
using CsCheck;
using DtiRules.Language.Text;

namespace DtiRules.Tests.Text;

public sealed class TextDecodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static (string? Text, DetectedEncoding Encoding, DecodingProblem? Problem) Decode(byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes, out var encoding, out var problem);
        return (text, encoding, problem);
    }

    private static readonly IReadOnlyList<string> Windows1258Labels = [.. VietnameseVocabulary.Labels.Where(VietnameseEncoders.FitsWindows1258)];

    // Real Vietnamese lines: labels and unit names, in any case, with the punctuation, digits and
    // line breaks of tables (CRLF as Excel writes them).
    private static Gen<string> Table =>
        Gen.Select(
                Gen.Int[0, Windows1258Labels.Count - 1].Select(i => Windows1258Labels[i]),
                Gen.Int[0, 2],
                Gen.Int[0, 99_999],
                (label, casing, number) => (casing switch { 0 => label, 1 => label.ToUpperInvariant(), _ => label.ToLowerInvariant() }) + "," + number)
            .Array[1, 8]
            .Select(lines => "unit,so_lieu\r\n" + string.Join("\r\n", lines) + "\r\n")
            .Select(text => text.Normalize(NormalizationForm.FormC));

    [Fact]
    public void A_stray_nul_byte_is_reported_where_it_stands() =>
        Table.Select(Gen.Int[0, 1_000], (text, seed) => (Lines: text.Split("\r\n")[..^1], Seed: seed))
            .Sample(t =>
            {
                var line = t.Seed % t.Lines.Length;
                var column = t.Seed % (t.Lines[line].Length + 1);
                var lines = t.Lines.ToArray();
                lines[line] = lines[line].Insert(column, "\0");
                var (text, _, problem) = Decode(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));
                Assert.Null(text);
                Assert.Equal((line + 1, column + 1), (problem!.Line, problem.Column));
                Assert.StartsWith("a NUL byte on line", problem.Message, StringComparison.Ordinal);
            });

    [Fact]
    public void Vietnamese_text_round_trips_through_every_encoding_offices_save()
    {
        Table.Sample(text =>
        {
            var saved = new (byte[] Bytes, DetectedEncoding Encoding)[]
            {
                (Encoding.UTF8.GetBytes(text), DetectedEncoding.Utf8),
                ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], DetectedEncoding.Utf8),
                (Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)), DetectedEncoding.Utf8),
                (Encoding.Unicode.GetBytes(text), DetectedEncoding.Utf16LittleEndian),
                ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], DetectedEncoding.Utf16LittleEndian),
                (Encoding.BigEndianUnicode.GetBytes(text), DetectedEncoding.Utf16BigEndian),
                ([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], DetectedEncoding.Utf16BigEndian),
                (VietnameseEncoders.ToWindows1258(text), DetectedEncoding.Windows1258),
            };
            return saved.All(s => Decode(s.Bytes) is var d && d.Text == text && d.Encoding == s.Encoding);
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Windows_1258_is_normalised_to_nfc()
    {
        // "Huế" as Windows writes it: ê (0xEA) followed by the combining acute (0xEC).
        var (text, encoding, _) = Decode([0x48, 0x75, 0xEA, 0xEC]);

        Assert.Equal(DetectedEncoding.Windows1258, encoding);
        Assert.Equal("Huế", text);
        Assert.True(text!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_highland_place_name_that_breaks_vietnamese_spelling_does_not_make_a_1258_file_unreadable()
    {
        // "MĐrắk" is no Vietnamese syllable, but the rest of the file is plainly Vietnamese.
        var table = "unit,so_lieu\nUBND huyện MĐrắk,1\nUBND huyện Krông Pắc,2\nUBND thị xã Buôn Hồ,3\nSở Thông tin và Truyền thông,4\n"
            + "Sở Kế hoạch và Đầu tư,5\nSở Tài nguyên và Môi trường,6\nSở Giáo dục và Đào tạo,7\nSở Lao động - Thương binh và Xã hội,8\n";

        var (text, encoding, problem) = Decode(VietnameseEncoders.ToWindows1258(table));

        Assert.Null(problem);
        Assert.Equal(DetectedEncoding.Windows1258, encoding);
        Assert.Equal(table, text);
    }

    [Fact]
    public void A_list_of_highland_communes_reads_from_windows_1258()
    {
        const string list = "code,name,kind,parent\n1,Xã Ia Grai,commune,64\n3,Xã Chư Păh,commune,64\n5,Xã Đăk Glei,commune,62\n"
            + "7,Xã Đrăng Phók,commune,66\n9,Xã Dliê Ya,commune,66\n10,Xã Cư Êbur,commune,66\n";

        var (text, encoding, problem) = Decode(VietnameseEncoders.ToWindows1258(list));

        Assert.Null(problem);
        Assert.Equal(DetectedEncoding.Windows1258, encoding);
        Assert.Equal(list, text);
    }

    [Fact]
    public void Tcvn3_bytes_with_y_grave_are_read()
    {
        const string text = "unit,so_lieu\nQuỳnh Lưu,1\nThị trấn Phước An,2\n";
        var written = VietnameseEncoders.ToTcvn3(text);
        Assert.Contains('\u00FA', written);

        var (decoded, encoding, problem) = Decode(Encoding.Latin1.GetBytes(written));

        Assert.Null(problem);
        Assert.Equal(DetectedEncoding.LegacyFontBytes, encoding);
        Assert.Equal(text, LegacyFontText.Read(decoded!, LegacyFontEncoding.Tcvn3));
    }

    [Fact]
    public void A_file_whose_words_are_mostly_foreign_is_not_taken_for_1258()
    {
        var (text, _, problem) = Decode(Encoding.Latin1.GetBytes("unit,so_lieu\nMünchen,1\nHà Nội,2\nZürich,3\n"));

        Assert.Null(text);
        Assert.Contains("'München' on line 2", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_label_and_unit_name_reads_back_from_windows_1258()
    {
        Assert.True(Windows1258Labels.Count > 600, $"only {Windows1258Labels.Count} labels can be written in Windows-1258");
        var names = string.Join("\n", Windows1258Labels);

        var (text, encoding, problem) = Decode(VietnameseEncoders.ToWindows1258(names));

        Assert.Null(problem);
        Assert.Equal(DetectedEncoding.Windows1258, encoding);
        Assert.Equal(names, text);
    }

    [Fact]
    public void Tcvn3_bytes_are_read_as_the_characters_the_font_draws()
    {
        const string text = "unit,so_lieu\nHà Nội,1\nThừa Thiên Huế,2\nĐà Nẵng,3\n";
        var written = VietnameseEncoders.ToTcvn3(text);

        var (decoded, encoding, problem) = Decode(Encoding.Latin1.GetBytes(written));

        Assert.Null(problem);
        Assert.Equal(DetectedEncoding.LegacyFontBytes, encoding);
        Assert.Equal(written, decoded);
        Assert.Equal(text, LegacyFontText.Read(decoded!, LegacyFontEncoding.Tcvn3));
    }

    [Fact]
    public void Vni_bytes_are_read_as_the_characters_the_font_draws()
    {
        const string text = "unit,so_lieu\nHà Nội,1\nCần Thơ,2\nĐắk Lắk,3\n";
        var written = VietnameseEncoders.ToVni(text);

        var (decoded, encoding, _) = Decode(Encoding.Latin1.GetBytes(written));

        Assert.Equal(DetectedEncoding.LegacyFontBytes, encoding);
        Assert.Equal(text, LegacyFontText.Read(decoded!, LegacyFontEncoding.Vni));
    }

    [Theory]
    [InlineData("unit,so_lieu\nMünchen,1\nZürich,2\n", "byte 0xFC on line 2 is not UTF-8, and read as Windows-1258 the file is not Vietnamese ('München' on line 2)")]
    [InlineData("unit,so_lieu\nSão Paulo,1\n", "byte 0xE3 on line 2 is not UTF-8, and read as Windows-1258 the file is not Vietnamese ('Săo' on line 2)")]
    [InlineData("unit,so_lieu\nCafé,1\n", "byte 0xE9 on line 2 is not UTF-8, and read as Windows-1258 the file is not Vietnamese ('Café' on line 2)")]
    public void Western_european_text_is_refused_with_the_first_word_that_is_not_vietnamese(string text, string message)
    {
        // Windows-1252 and 1258 share most bytes: "São" would read as "Săo", which is no Vietnamese word either.
        var (decoded, _, problem) = Decode(Windows1252.GetBytes(text));

        Assert.Null(decoded);
        Assert.Equal(message, problem!.Message);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Utf8_mixed_with_windows_1258_is_refused()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Huế,1\n"), .. VietnameseEncoders.ToWindows1258("Đà Nẵng,2\n")];

        var (text, _, problem) = Decode(bytes);

        Assert.Null(text);
        Assert.Equal(2, problem!.Line);
        Assert.Contains("Windows-1258", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_dashes_of_windows_code_pages_read_the_same_in_1258()
    {
        var (text, encoding, _) = Decode(Windows1252.GetBytes("unit,ghi_chu\nHue,“so lieu” – 2024\n"));

        Assert.Equal(DetectedEncoding.Windows1258, encoding);
        Assert.Equal("unit,ghi_chu\nHue,“so lieu” – 2024\n", text);
    }

    [Fact]
    public void Workbooks_and_other_binary_files_are_named_as_such()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0x3E, 0];
        byte[] xlsx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0];
        byte[] binary = [0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0xFF, 0x7F];

        Assert.Contains(".xls", Decode(xls).Problem!.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", Decode(xlsx).Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("not a text file", Decode(binary).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odd_count_of_bytes_with_nul_is_not_utf16()
    {
        var bytes = Encoding.Unicode.GetBytes("unit,so_lieu\n").Append((byte)0x41).ToArray();

        Assert.Null(Decode(bytes).Text);
    }
}
