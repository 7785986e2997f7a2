using System.Text;
using DtiRules.Data.Units;

namespace DtiRules.Tests.Data;

public sealed class UnitRegistryTests
{
    public static TheoryData<string> Registries => new() { "63", "34" };

    private static UnitRegistry RegistryOf(string size) => size == "63" ? UnitRegistry.Provinces63 : UnitRegistry.Provinces34;

    [Fact]
    public void Registries_have_63_and_34_units_with_distinct_codes()
    {
        Assert.Equal(63, UnitRegistry.Provinces63.Units.Count);
        Assert.Equal(34, UnitRegistry.Provinces34.Units.Count);
        Assert.Equal(63, UnitRegistry.Provinces63.Units.Select(u => u.Code).Distinct().Count());
        Assert.Equal(34, UnitRegistry.Provinces34.Units.Select(u => u.Code).Distinct().Count());
    }

    [Fact]
    public void Every_pre_merger_province_has_a_successor_in_the_34()
    {
        var merged = UnitRegistry.Provinces34.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(UnitRegistry.Provinces63.Units, unit => Assert.Contains(unit.Successor!, merged));
        Assert.Equal(merged, UnitRegistry.Provinces63.Units.Select(u => u.Successor!).ToHashSet(StringComparer.Ordinal));
        Assert.All(UnitRegistry.Provinces34.Units, unit => Assert.Null(unit.Successor));
    }

    [Fact]
    public void A_merged_province_keeps_the_code_of_the_constituent_whose_name_it_keeps()
    {
        foreach (var merged in UnitRegistry.Provinces34.Units)
        {
            var constituent = UnitRegistry.Provinces63.Units.Single(u => u.Code == merged.Code);
            Assert.Equal(merged.Name, constituent.Successor);
        }
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Every_name_and_alias_resolves_to_exactly_its_own_unit(string size)
    {
        var registry = RegistryOf(size);
        foreach (var unit in registry.Units)
        {
            foreach (var written in registry.NamesOf(unit))
            {
                Assert.True(registry.TryResolve(written, out var resolved), $"'{written}' does not resolve");
                Assert.Equal(unit, resolved);
                var key = UnitRegistry.NormalizeKey(written);
                var owners = registry.Units.Where(u => registry.NamesOf(u).Any(n => UnitRegistry.NormalizeKey(n) == key)).ToList();
                Assert.Equal([unit], owners);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Nfd_unaccented_prefixed_and_upper_case_forms_resolve(string size)
    {
        var registry = RegistryOf(size);
        foreach (var unit in registry.Units)
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
                unit.Slug,
            ];
            foreach (var variant in variants)
            {
                Assert.True(registry.TryResolve(variant, out var resolved), $"'{variant}' does not resolve");
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
    public void Spellings_seen_in_the_wild_resolve(string written, string code)
    {
        Assert.True(UnitRegistry.Provinces63.TryResolve(written, out var unit));
        Assert.Equal(code, unit.Code);
    }

    [Fact]
    public void Accent_placement_variants_have_the_same_key()
    {
        // "Hoà" puts the grave accent on o's neighbour a: the old-style placement.
        Assert.Equal(UnitRegistry.NormalizeKey("Hòa Bình"), UnitRegistry.NormalizeKey("Hoà Bình"));
        Assert.Equal("hoabinh", UnitRegistry.NormalizeKey("Tỉnh Hoà Bình"));
        Assert.Equal("hcm", UnitRegistry.NormalizeKey("TP.HCM"));
    }

    [Fact]
    public void Unknown_names_do_not_resolve()
    {
        Assert.False(UnitRegistry.Provinces63.TryResolve("Atlantis", out _));
        Assert.False(UnitRegistry.Provinces63.TryResolve("", out _));
        Assert.False(UnitRegistry.Provinces34.TryResolve("Bình Dương", out _));
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void A_misspelt_name_suggests_its_unit(string size)
    {
        var registry = RegistryOf(size);
        foreach (var unit in registry.Units)
        {
            // Drop one letter from the middle of the name.
            var name = unit.Name;
            var misspelt = name.Remove(name.Length / 2, 1);
            if (registry.TryResolve(misspelt, out _))
            {
                continue;
            }

            // Another unit may be equally close (Hậu iang is one edit from Hà Giang too), so the
            // unit must be suggested, not necessarily first.
            var suggestions = registry.Suggest(misspelt);
            Assert.InRange(suggestions.Count, 1, 3);
            Assert.Contains(unit, suggestions);
        }
    }

    [Fact]
    public void Suggestions_for_a_misspelt_hue_name_the_province()
    {
        var suggestions = UnitRegistry.Provinces63.Suggest("Thừa Thiên Hoế");
        Assert.Equal("Thừa Thiên Huế", suggestions[0].Name);
        Assert.Empty(UnitRegistry.Provinces63.Suggest("zzzzzzzzzzzzzzzzzz"));
        Assert.Single(UnitRegistry.Provinces63.Suggest("Thừa Thiên Hoế", count: 1));
    }

    [Fact]
    public void Only_provinces_have_a_registry()
    {
        Assert.Same(UnitRegistry.Provinces63, UnitRegistry.ForKind("province"));
        Assert.Null(UnitRegistry.ForKind("district"));
        Assert.Null(UnitRegistry.ForKind("ministry"));
    }

    [Fact]
    public void Names_are_stored_in_nfc()
    {
        Assert.All(UnitRegistry.Provinces63.Units, u => Assert.True(u.Name.IsNormalized(NormalizationForm.FormC)));
        Assert.Equal(UnitRegistry.Provinces63.Units[0].Name, UnitRegistry.Provinces63.Units[0].ToIdentity().Name);
    }

    private static string Unaccented(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)])
            .Replace('đ', 'd').Replace('Đ', 'D');
    }
}
