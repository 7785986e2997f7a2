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
}
