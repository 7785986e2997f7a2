using System.Text;
using DtiRules.Data;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

/// <summary>How written unit names meet the names of a list: prefixes with their diacritics, tones, abbreviations and qualifiers.</summary>
public sealed class UnitNameMatchingTests
{
    // Synthetic communes whose names begin like a prefix without being one (Bản/Ban, Tịnh/Tỉnh,
    // Quán/Quận), two that differ only by a tone, and numbered wards.
    private const string Communes = """
        code,name,aliases,kind,parent
        00001,Xã Bản Xèo,,commune,10
        00002,Xã Xèo,,commune,10
        00003,Phường Tịnh Biên,,commune,89
        00004,Phường Biên,,commune,89
        00005,Phường Quán Triều,,commune,19
        00006,Phường Triều,,commune,19
        00007,Xã Tân Hòa,,commune,66
        00008,Xã Tân Hóa,,commune,66
        00009,Phường 1,,commune,79
        00010,Phường 12,,commune,79
        00011,Xã Hà Nam,,commune,01
        00012,Xã Kon Tum,,commune,64

        """;

    private static UnitList List()
    {
        var diagnostics = new DiagnosticBag();
        var list = UnitListReader.Read(Encoding.UTF8.GetBytes(Communes), "units.csv", "commune", diagnostics);
        Assert.Empty(diagnostics);
        return list!;
    }

    [Theory]
    [InlineData("Bản Xèo", "00001")]
    [InlineData("Xèo", "00002")]
    [InlineData("Tịnh Biên", "00003")]
    [InlineData("Biên", "00004")]
    [InlineData("Quán Triều", "00005")]
    [InlineData("Triều", "00006")]
    [InlineData("Ban Xeo", "00001")]
    [InlineData("Tinh Bien", "00003")]
    [InlineData("Quan Trieu", "00005")]
    public void A_name_beginning_like_a_prefix_keeps_its_first_word(string written, string code)
    {
        Assert.True(List().TryResolve(written, out var unit), $"'{written}' does not resolve");
        Assert.Equal(code, unit.Code);
    }

    [Theory]
    [InlineData("Xã Tân Hòa", "00007")]
    [InlineData("Tân Hoà", "00007")]
    [InlineData("xã tân hóa", "00008")]
    [InlineData("TÂN HÓA", "00008")]
    public void Names_that_differ_only_by_a_tone_stay_apart(string written, string code)
    {
        Assert.True(List().TryResolve(written, out var unit), $"'{written}' does not resolve");
        Assert.Equal(code, unit.Code);
    }

    [Fact]
    public void A_name_without_diacritics_that_could_be_either_is_ambiguous_and_reported()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(List().Resolve("Xa Tan Hoa", null, diagnostics));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.AmbiguousUnit.Code, diagnostic.Code);
        Assert.Contains("Xã Tân Hòa", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Xã Tân Hóa", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_names_under_one_parent_that_differ_only_by_a_tone_are_both_listed_but_an_unaccented_third_is_refused()
    {
        var diagnostics = new DiagnosticBag();
        var text = Communes + "00013,Xa Tan Hoa,,commune,66\n";
        Assert.Null(UnitListReader.Read(Encoding.UTF8.GetBytes(text), "units.csv", "commune", diagnostics));
        Assert.Equal([DataDiagnostics.DuplicateUnitName.Code], diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("X. Bản Xèo", "00001")]
    [InlineData("P. Tịnh Biên", "00003")]
    [InlineData("P.Quán Triều", "00005")]
    [InlineData("Phường 01", "00009")]
    [InlineData("P. 01", "00009")]
    [InlineData("P.12", "00010")]
    [InlineData("Xã Tân Hòa, tỉnh Đắk Lắk", "00007")]
    [InlineData("Xã Tân Hòa - tỉnh Đắk Lắk", "00007")]
    [InlineData("Xã Tân Hòa tỉnh Đắk Lắk", "00007")]
    [InlineData("Phường 1, TP. Hồ Chí Minh", "00009")]
    [InlineData("Phường 1, Q. 3, TP.HCM", "00009")]
    [InlineData("Xã Hà Nam, huyện Thanh Oai, TP. Hà Nội", "00011")]
    [InlineData("Kon Tum, tỉnh Gia Lai", "00012")]
    public void Office_abbreviations_and_qualifiers_name_their_unit(string written, string code)
    {
        Assert.True(List().TryResolve(written, out var unit), $"'{written}' does not resolve");
        Assert.Equal(code, unit.Code);
    }

    [Theory]
    [InlineData("TX. Buôn Hồ", "Thị xã Buôn Hồ")]
    [InlineData("TT. Ea Drăng", "Thị trấn Ea Drăng")]
    [InlineData("Q. 3", "Quan 3")]
    [InlineData("H. Krông Pắc", "Huyện Krông Pắc")]
    [InlineData("TP.Buôn Ma Thuột", "Thành phố Buôn Ma Thuột")]
    [InlineData("Sở Tài nguyên & Môi trường", "Sở Tài nguyên và Môi trường")]
    public void Abbreviations_are_written_out_in_the_key(string written, string expected)
    {
        Assert.Equal(UnitNameKey.Of(expected), UnitNameKey.Of(written));
    }

    [Fact]
    public void A_one_letter_word_without_its_dot_is_no_abbreviation()
    {
        Assert.NotEqual(UnitNameKey.Of("Huyện Bông"), UnitNameKey.Of("H Bông"));
        Assert.Equal(UnitNameKey.Of("Huyện Bông"), UnitNameKey.Of("H. Bông"));
    }
}
