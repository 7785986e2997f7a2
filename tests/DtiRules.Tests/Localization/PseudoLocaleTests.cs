using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Localization;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>The pseudo language finds English written in code.</summary>
public sealed class PseudoLocaleTests
{
    [Fact]
    public void A_word_outside_the_brackets_that_is_not_data_is_reported()
    {
        var output = "⟦Units⟧: 63\nCoverage: 100%\nHà Nội ⟦rank⟧ 1\n";
        var data = Path.GetTempFileName();
        try
        {
            File.WriteAllText(data, "unit,x\nHà Nội,1\n");

            var untranslated = PseudoLocale.UntranslatedLines(output, [data]);

            Assert.Equal(["Coverage: 100%"], untranslated);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void An_english_word_filled_into_a_translated_text_is_reported_and_a_translated_one_is_not()
    {
        using var pseudo = DisplaySettings.Use(new DisplaySettings(DisplayLanguage.Pseudo, DecimalMark.Point));

        var english = DiagnosticDescriptors.OperatorTypeMismatch.FormatMessage("and", "yes/no", "count", string.Empty);
        var translated = DiagnosticDescriptors.OperatorTypeMismatch.FormatMessage("and", RuleType.YesNo.Describe(), RuleType.Count.Describe(), string.Empty);

        Assert.Equal([english], PseudoLocale.UntranslatedLines(english, []));
        Assert.Empty(PseudoLocale.UntranslatedLines(translated, []));
    }
}
