using CsCheck;
using DtiRules.Language.Text;

namespace DtiRules.Tests.Text;

public sealed class LegacyFontTextTests
{
    [Theory]
    [InlineData("Hµ Néi", LegacyFontEncoding.Tcvn3, "Hà Nội")]
    [InlineData("Tr\u00ADêng §¹i häc", LegacyFontEncoding.Tcvn3, "Trường Đại học")]
    [InlineData("Thõa Thiªn HuÕ", LegacyFontEncoding.Tcvn3, "Thừa Thiên Huế")]
    [InlineData("Tænh Baéc", LegacyFontEncoding.Vni, "Tỉnh Bắc")]
    [InlineData("Caàn Thô", LegacyFontEncoding.Vni, "Cần Thơ")]
    [InlineData("Tröôøng", LegacyFontEncoding.Vni, "Trường")]
    public void Known_mojibake_is_found_with_its_reading(string text, LegacyFontEncoding encoding, string reading)
    {
        var match = LegacyFontText.Find(text);

        Assert.NotNull(match);
        Assert.Equal(encoding, match.Encoding);
        Assert.Equal(reading, LegacyFontText.Read(text, match.Encoding));
    }

    [Fact]
    public void The_whole_text_reads_with_the_encoding_found()
    {
        const string cell = "Tænh Baéc Giang (cuõ)";

        var match = LegacyFontText.Find(cell)!;

        Assert.Equal("Tænh Baéc Giang (cuõ", match.Text);
        Assert.Equal("Tỉnh Bắc Giang (cũ)", LegacyFontText.Read(cell, match.Encoding));
    }

    [Fact]
    public void The_match_spans_the_first_to_the_last_legacy_word()
    {
        const string line = "  node nt_01 \"Tr\u00ADëng ban chØ ®¹o\" max 10 {";

        var match = LegacyFontText.Find(line)!;

        Assert.Equal(line.IndexOf("Tr", StringComparison.Ordinal), match.Start);
        Assert.Equal("Tr\u00ADëng ban chØ ®¹o", match.Text);
        Assert.Equal("trưởng ban chỉ đạo", match.Reading.ToLowerInvariant());
        Assert.Equal("TCVN3 (ABC)", match.EncodingName);
    }

    [Theory]
    [InlineData("unit,nt_truong_ban,so_lieu")]
    [InlineData("Thừa Thiên Huế")]
    [InlineData("Bà Rịa - Vũng Tàu")]
    [InlineData("Thô")]
    [InlineData("Café au lait, 5×3 m², 20 °C, ½, «Chuyển đổi số»")]
    [InlineData("München, Zürich, São Paulo")]
    public void Unicode_text_and_other_languages_are_not_legacy(string text) => Assert.Null(LegacyFontText.Find(text));

    [Fact]
    public void No_label_or_unit_name_of_the_repository_is_taken_for_legacy_text()
    {
        Assert.Equal([], VietnameseVocabulary.Labels.Where(label => LegacyFontText.Find(label) is not null).ToArray());
    }

    // Characters of real Vietnamese text: legacy-font text holds others (µ, ¸, Ö, ø…) wherever a word needs the font.
    private static readonly HashSet<char> VietnameseCharacters = [.. VietnameseVocabulary.Labels.SelectMany(l => l + l.ToUpperInvariant())];

    private static bool NeedsTheFont(string written) => written.Any(c => !char.IsAscii(c) && !VietnameseCharacters.Contains(c));

    private static bool HasLoneSymbolWord(string written) =>
        written.Split(' ', ',', ';', '(', ')').Any(word => word.Length == 1 && !char.IsAscii(word[0]) && !char.IsLetter(word[0]));

    private static Gen<string> Label => Gen.Int[0, VietnameseVocabulary.Labels.Count - 1].Select(i => VietnameseVocabulary.Labels[i]);

    [Fact]
    public void Real_labels_typed_in_tcvn3_are_found_and_read_back()
    {
        // TCVN3 has no upper-case toned letters: text typed in it is lower case (or ASCII capitals).
        // A one-letter word the font draws as a symbol ("ô" as «, in "Phường Ô Chợ Dừa") cannot be told
        // from a real symbol (×), so it is left as written in the reading; such labels are not sampled.
        Label.Select(label => label.ToLowerInvariant()).Where(label => !HasLoneSymbolWord(VietnameseEncoders.ToTcvn3(label))).Sample(label =>
        {
            var written = VietnameseEncoders.ToTcvn3(label);
            var match = LegacyFontText.Find(written);
            return LegacyFontText.Read(written, LegacyFontEncoding.Tcvn3) == label
                && (!NeedsTheFont(written) || match is { Encoding: LegacyFontEncoding.Tcvn3 });
        }, iter: 1000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Real_labels_typed_in_vni_are_found_and_read_back()
    {
        Label.Sample(label =>
        {
            var written = VietnameseEncoders.ToVni(label);
            return LegacyFontText.Read(written, LegacyFontEncoding.Vni) == label
                && (!NeedsTheFont(written) || LegacyFontText.Find(written) is not null);
        }, iter: 1000, seed: "0N0XIzNsQ0O2");
    }

    [Theory]
    [InlineData("Hµ Néi, Thµnh phè Hå ChÝ Minh, §µ N½ng", LegacyFontEncoding.Tcvn3)]
    [InlineData("Haø Noäi, Thaønh phoá Hoà Chí Minh, Ñaø Naüng", LegacyFontEncoding.Vni)]
    public void Several_words_decide_between_the_fonts(string text, LegacyFontEncoding encoding) =>
        Assert.Equal(encoding, LegacyFontText.Find(text)!.Encoding);

    [Theory]
    [InlineData("08,TBình,hoa-binh,province,")]
    [InlineData("TBình")]
    public void A_word_the_font_shows_unchanged_is_not_legacy_text(string text) => Assert.Null(LegacyFontText.Find(text));
}
