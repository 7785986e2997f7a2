using System.Globalization;
using System.Text;
using CsCheck;
using DtiRules.Data;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

public sealed class UnitListTests
{
    public static TheoryData<string> Lists => new() { "63", "34" };

    private static UnitList ListOf(string size) => size == "63" ? UnitList.Provinces63 : UnitList.Provinces34;

    [Fact]
    public void The_built_in_lists_have_63_and_34_provinces_with_distinct_codes()
    {
        Assert.Equal(63, UnitList.Provinces63.Units.Count);
        Assert.Equal(34, UnitList.Provinces34.Units.Count);
        Assert.Equal(63, UnitList.Provinces63.Units.Select(u => u.Code).Distinct().Count());
        Assert.Equal(34, UnitList.Provinces34.Units.Select(u => u.Code).Distinct().Count());
        Assert.All(UnitList.Provinces63.Units.Concat(UnitList.Provinces34.Units), u => Assert.Equal(("province", null), (u.Kind, u.Parent)));
    }

    [Fact]
    public void A_merged_province_keeps_the_code_of_a_constituent()
    {
        var before = UnitList.Provinces63.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(UnitList.Provinces34.Units, u => Assert.Contains(u.Code, before));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_name_and_alias_resolves_to_exactly_its_own_unit(string size)
    {
        var list = ListOf(size);
        foreach (var unit in list.Units)
        {
            foreach (var written in list.NamesOf(unit))
            {
                Assert.True(list.TryResolve(written, out var resolved), $"'{written}' does not resolve");
                Assert.Equal(unit, resolved);
                var key = UnitNameKey.Of(written);
                var owners = list.Units.Where(u => list.NamesOf(u).Any(n => UnitNameKey.Of(n) == key)).ToList();
                Assert.Equal([unit], owners);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Nfd_unaccented_prefixed_and_upper_case_forms_resolve(string size)
    {
        var list = ListOf(size);
        foreach (var unit in list.Units)
        {
            string[] variants =
            [
                unit.Name.Normalize(NormalizationForm.FormD),
                Unaccented(unit.Name),
                $"Tỉnh {unit.Name}",
                $"Thành phố {unit.Name}",
                $"TP. {unit.Name}",
                $"tp {unit.Name}",
                unit.Name.ToUpperInvariant(),
                $"  {unit.Name.Replace(" ", "  ", StringComparison.Ordinal)}\u00A0",
                unit.Code,
                Unaccented(unit.Name).ToLowerInvariant().Replace(' ', '-'),
            ];
            foreach (var variant in variants)
            {
                Assert.True(list.TryResolve(variant, out var resolved), $"'{variant}' does not resolve");
                Assert.Equal(unit, resolved);
            }
        }
    }

    [Theory]
    [InlineData("Thừa Thiên - Huế", "46")]
    [InlineData("TT-Huế", "46")]
    [InlineData("Thua Thien Hue", "46")]
    [InlineData("TP.HCM", "79")]
    [InlineData("Thành phố Hồ Chí Minh", "79")]
    [InlineData("Sài Gòn", "79")]
    [InlineData("Bà Rịa–Vũng Tàu", "77")]
    [InlineData("Ba Ria - Vung Tau", "77")]
    [InlineData("BR-VT", "77")]
    [InlineData("Đắc Lắk", "66")]
    [InlineData("Hoà Bình", "17")]
    [InlineData("Khánh Hoà", "56")]
    [InlineData("Thanh Hoá", "38")]
    [InlineData("ha-noi", "01")]
    public void Spellings_seen_in_the_wild_resolve(string written, string code)
    {
        Assert.True(UnitList.Provinces63.TryResolve(written, out var unit));
        Assert.Equal(code, unit.Code);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("2.2")]
    [InlineData("0,1")]
    [InlineData("1")]
    [InlineData("11.0")]
    [InlineData("0 1")]
    public void A_number_that_is_not_a_code_as_written_names_no_province(string written)
    {
        Assert.False(UnitList.Provinces63.TryResolve(written, out var unit), $"'{written}' resolved to {unit?.Name}");
        Assert.False(UnitList.Provinces34.TryResolve(written, out _));
    }

    [Fact]
    public void A_number_resolves_only_when_it_is_a_code_exactly_as_listed()
    {
        var codes = UnitList.Provinces63.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var separator = Gen.OneOf(Gen.Const("."), Gen.Const(","), Gen.Const(" "), Gen.Const(string.Empty), Gen.Const("-"), Gen.Const("/"));
        var number = Gen.Select(Gen.Int[0, 99], separator, Gen.Int[0, 99], Gen.Bool, (a, sep, b, two) =>
            two ? a.ToString(CultureInfo.InvariantCulture) + sep + b.ToString(CultureInfo.InvariantCulture) : a.ToString("00", CultureInfo.InvariantCulture));
        number.Sample(
            written =>
            {
                var resolved = UnitList.Provinces63.TryResolve(written, out var unit);
                Assert.Equal(codes.Contains(written), resolved);
                Assert.True(!resolved || unit!.Code == written, $"'{written}' resolved to {unit?.Code}");
            },
            iter: 2000);
    }

    [Fact]
    public void Random_spellings_of_a_province_resolve_to_it()
    {
        var list = UnitList.Provinces63;
        var prefix = Gen.OneOf(Gen.Const(string.Empty), Gen.Const("Tỉnh "), Gen.Const("Thành phố "), Gen.Const("TP. "), Gen.Const("tp."), Gen.Const("TỈNH "));
        var spelling = Gen.Select(Gen.Int[0, list.Units.Count - 1], Gen.Int[0, 9], prefix, Gen.Int[0, 3], Gen.Int[0, 2], (u, n, p, marks, spacing) =>
        {
            var unit = list.Units[u];
            var names = list.NamesOf(unit);
            var name = names[n % names.Count];
            name = marks switch { 1 => name.Normalize(NormalizationForm.FormD), 2 => Unaccented(name), 3 => name.ToUpperInvariant(), _ => name };
            name = spacing switch { 1 => name.Replace(" ", " - ", StringComparison.Ordinal), 2 => name.Replace(" ", string.Empty, StringComparison.Ordinal), _ => name };
            return (Unit: unit, Written: p + name);
        });
        spelling.Sample(
            c =>
            {
                Assert.True(list.TryResolve(c.Written, out var resolved), $"'{c.Written}' does not resolve");
                Assert.Equal(c.Unit, resolved);
            },
            iter: 2000);
    }

    [Fact]
    public void Keys_fold_marks_and_drop_prefixes_but_keep_numbers_apart()
    {
        Assert.Equal(UnitNameKey.Of("Hòa Bình"), UnitNameKey.Of("Hoà Bình"));
        Assert.Equal(UnitNameKey.Of("Hòa Bình"), UnitNameKey.Of("HÒA BÌNH".Normalize(NormalizationForm.FormD)));
        Assert.NotEqual(UnitNameKey.Of("Hòa Bình"), UnitNameKey.Of("Hóa Bình"));
        Assert.Equal([UnitNameKey.Of("Tỉnh Hòa Bình"), UnitNameKey.Of("Hòa Bình")], UnitNameKey.Stages("Tỉnh Hoà Bình"));
        Assert.Equal(["tinhhoabinh", "hoabinh"], UnitNameKey.FoldedStages("Tỉnh Hoà Bình"));
        Assert.Equal(["thanhphohcm", "hcm"], UnitNameKey.Stages("TP.HCM"));
        Assert.Equal(["tthue"], UnitNameKey.Stages("TT Hue"));
        Assert.Equal(["uybannhandanhuyenkrongpac", "huyenkrongpac", "krongpac"], UnitNameKey.FoldedStages("UBND huyện Krông Pắc"));
        Assert.Equal(["phuong1"], UnitNameKey.FoldedStages("Phường 1"));
        Assert.Equal(["1 1"], UnitNameKey.Stages("1.1"));
        Assert.NotEqual(UnitNameKey.Of("0,1"), UnitNameKey.Of("01"));
        Assert.Empty(UnitNameKey.Stages(" - "));
    }

    [Fact]
    public void Unknown_names_do_not_resolve()
    {
        Assert.False(UnitList.Provinces63.TryResolve("Atlantis", out _));
        Assert.False(UnitList.Provinces63.TryResolve("", out _));
        Assert.False(UnitList.Provinces34.TryResolve("Bình Dương", out _));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_misspelt_name_suggests_its_unit(string size)
    {
        var list = ListOf(size);
        foreach (var unit in list.Units)
        {
            // Drop one letter from the middle of the name.
            var name = unit.Name;
            var misspelt = name.Remove(name.Length / 2, 1);
            if (list.TryResolve(misspelt, out _))
            {
                continue;
            }

            // Another unit may be equally close (Hậu iang is one edit from Hà Giang too), so the
            // unit must be suggested, not necessarily first.
            var suggestions = list.Suggest(misspelt);
            Assert.InRange(suggestions.Count, 1, 3);
            Assert.Contains(unit, suggestions);
        }
    }

    [Fact]
    public void Suggestions_for_a_misspelt_hue_name_the_province()
    {
        var suggestions = UnitList.Provinces63.Suggest("Thừa Thiên Hoế");
        Assert.Equal("Thừa Thiên Huế", suggestions[0].Name);
        Assert.Empty(UnitList.Provinces63.Suggest("zzzzzzzzzzzzzzzzzz"));
        Assert.Single(UnitList.Provinces63.Suggest("Thừa Thiên Hoế", count: 1));
    }

    [Fact]
    public void Only_provinces_have_a_built_in_list()
    {
        Assert.Same(UnitList.Provinces63, UnitList.BuiltInFor("province"));
        Assert.Null(UnitList.BuiltInFor("commune"));
        Assert.Null(UnitList.BuiltInFor("district"));
        Assert.Null(UnitList.BuiltInFor("ministry"));
    }

    [Fact]
    public void Names_are_stored_in_nfc_and_the_identity_carries_the_kind()
    {
        Assert.All(UnitList.Provinces63.Units, u => Assert.True(u.Name.IsNormalized(NormalizationForm.FormC)));
        var identity = UnitList.Provinces63.Units[0].ToIdentity();
        Assert.Equal((UnitList.Provinces63.Units[0].Name, "province", null), (identity.Name, identity.Kind, identity.Parent));
    }

    [Fact]
    public void An_open_list_takes_any_name_exactly_as_written()
    {
        var open = UnitList.Open("custom");
        var unit = open.Find("  Trường THPT Chu Văn An\t").Unit;
        Assert.NotNull(unit);
        Assert.Equal(("Trường THPT Chu Văn An", "Trường THPT Chu Văn An", "custom"), (unit.Code, unit.Name, unit.Kind));
        Assert.Equal(unit, open.Find("Trường THPT Chu Văn An".Normalize(NormalizationForm.FormD)).Unit);
        Assert.NotEqual(unit, open.Find("Truong THPT Chu Van An").Unit);
        Assert.Null(open.Find("   ").Unit);
    }

    [Fact]
    public void Resolving_reports_an_unknown_name_with_suggestions_and_the_list()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(UnitList.Provinces63.Resolve("1.1", null, diagnostics));
        Assert.Null(UnitList.Provinces63.Resolve("Ha Noii", null, diagnostics));
        Assert.Equal([DataDiagnostics.UnknownUnit.Code, DataDiagnostics.UnknownUnit.Code], diagnostics.Select(d => d.Code));
        Assert.Contains("data/units/provinces-63.csv", diagnostics.First().Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Hà Nội'", diagnostics.Last().Message, StringComparison.Ordinal);
    }

    internal static string Unaccented(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)])
            .Replace('đ', 'd').Replace('Đ', 'D');
    }
}
