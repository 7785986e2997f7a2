using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>The language switch of the command line: the option, the variable, and their errors.</summary>
public sealed class LanguageOptionTests
{
    private const string VietnameseWords = "bộ quy tắc";

    [Fact]
    public void Help_is_in_the_language_the_option_names()
    {
        var vietnamese = CliRunner.Run("--lang", "vi", "--help");
        var english = CliRunner.Run("--lang", "en", "--help");

        Assert.Contains(VietnameseWords, vietnamese.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(VietnameseWords, english.Out, StringComparison.Ordinal);
        Assert.Contains("ruleset", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_works_after_the_command_name_too()
    {
        var (code, output, _) = CliRunner.Run("check", "--help", "--lang=vi");

        Assert.Equal(0, code);
        Assert.Contains("Ngôn ngữ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_variable_chooses_the_language_when_the_option_is_absent()
    {
        var (_, output, _) = await DtiProcess.Run(["--help"], new Dictionary<string, string?> { ["DTIRULES_LANG"] = "vi", ["LC_ALL"] = "en_US.UTF-8" });

        Assert.Contains(VietnameseWords, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vietnamese_system_chooses_vietnamese_and_the_option_overrides_it()
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = "vi_VN.UTF-8", ["LANG"] = "vi_VN.UTF-8", ["DTIRULES_LANG"] = null };

        var (_, system, _) = await DtiProcess.Run(["--help"], environment);
        var (_, chosen, _) = await DtiProcess.Run(["--lang", "en", "--help"], environment);

        Assert.Contains(VietnameseWords, system, StringComparison.Ordinal);
        Assert.DoesNotContain(VietnameseWords, chosen, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--decimal", "dot")]
    public void An_unknown_choice_is_a_usage_error_that_names_the_choices(string option, string value)
    {
        var (code, _, error) = CliRunner.Run(option, value, "check", "rulesets");

        Assert.Equal(2, code);
        Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
    }
}
