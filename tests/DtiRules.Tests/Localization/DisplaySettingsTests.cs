using System.Globalization;
using DtiRules.Language.Localization;

namespace DtiRules.Tests.Localization;

/// <summary>Where the language and the decimal mark come from, and how numbers are written with them.</summary>
public sealed class DisplaySettingsTests
{
    private static readonly CultureInfo VietnameseUi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo EnglishUi = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("vi", null, "en-US", DisplayLanguage.Vietnamese)]
    [InlineData("en", "vi", "vi-VN", DisplayLanguage.English)]
    [InlineData(null, "vi", "en-US", DisplayLanguage.Vietnamese)]
    [InlineData(null, "pseudo", "vi-VN", DisplayLanguage.Pseudo)]
    [InlineData(null, null, "vi-VN", DisplayLanguage.Vietnamese)]
    [InlineData(null, null, "en-US", DisplayLanguage.English)]
    [InlineData(null, null, "fr-FR", DisplayLanguage.English)]
    [InlineData(null, "xx", "vi-VN", DisplayLanguage.Vietnamese)]
    public void The_option_wins_over_the_variable_which_wins_over_the_system(string? option, string? variable, string ui, DisplayLanguage expected)
    {
        Assert.Equal(expected, DisplaySettings.Resolve(option, null, variable, CultureInfo.GetCultureInfo(ui)).Language);
    }

    [Fact]
    public void Vietnamese_defaults_to_a_decimal_comma_and_the_option_overrides_it()
    {
        Assert.Equal(DecimalMark.Comma, DisplaySettings.Resolve("vi", null, null, EnglishUi).Decimal);
        Assert.Equal(DecimalMark.Point, DisplaySettings.Resolve("vi", "point", null, EnglishUi).Decimal);
        Assert.Equal(DecimalMark.Point, DisplaySettings.Resolve("en", null, null, VietnameseUi).Decimal);
        Assert.Equal(DecimalMark.Comma, DisplaySettings.Resolve("en", "comma", null, EnglishUi).Decimal);
    }

    [Fact]
    public void Numbers_take_only_the_chosen_mark_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var comma = new DisplaySettings(DisplayLanguage.Vietnamese, DecimalMark.Comma);
            var point = new DisplaySettings(DisplayLanguage.Vietnamese, DecimalMark.Point);
            Assert.Equal("1234,5678", comma.Number(1234.5678m, "0.0000"));
            Assert.Equal("1234.5678", point.Number(1234.5678m, "0.0000"));
            Assert.Equal("-0,50", comma.Number(-0.5m, "F2"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_settings_last_for_their_scope_only()
    {
        var vietnamese = new DisplaySettings(DisplayLanguage.Vietnamese, DecimalMark.Comma);
        using (DisplaySettings.Use(vietnamese))
        {
            Assert.Same(vietnamese, DisplaySettings.Current);
        }

        Assert.Same(DisplaySettings.English, DisplaySettings.Current);
    }
}
