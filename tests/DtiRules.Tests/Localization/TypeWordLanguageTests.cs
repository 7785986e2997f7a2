using DtiRules.Language.Diagnostics;
using DtiRules.Language.Localization;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>
/// The checker's messages that name a type (number, yes/no, level(x) …) name it in the reader's
/// language: in the pseudo language no type word is left outside ⟦…⟧, and in Vietnamese the
/// messages use the Vietnamese type words.
/// </summary>
public sealed class TypeWordLanguageTests
{
    // Each formula misuses a type: a yes/no in arithmetic with 'and' (DR2001), a number as a
    // condition (DR2004), 'levels' on a percent (DR2006), a yes/no and a level as a node's formula
    // (DR2018), 'not' on a count (DR2001), branches of different types (DR2001), noise on a yes/no (DR2033).
    private const string Mistyped = """
        ruleset sai edition 2024 {
          title "Kiểu sai"
          basis "test"
          unit province
          scale 100
          round 4
          missing zero
        }

        levels chuc_vu { khong "Không" pho "Phó" truong "Trưởng" }

        input ty_le: percent "Tỷ lệ"
        input so_dv: count "Số dịch vụ"
        input co_cong: yesno "Có cổng"
        input truong_ban: level(chuc_vu) "Trưởng ban"

        node chinh "Chỉ số chính" max 100 {
          documented "Chỉ số chính"
          node a "A" max 10 { documented "A" score = if ty_le > 0 and so_dv then 10 else 0 }
          node b "B" max 10 { documented "B" score = if ty_le then 10 else 0 }
          node c "C" max 10 { documented "C" score = levels ty_le { khong: 0 } }
          node d "D" max 10 { documented "D" score = co_cong }
          node e "E" max 10 { documented "E" score = if not so_dv then 10 else 0 }
          node f "F" max 10 { documented "F" score = if co_cong then co_cong else 10 }
          node g "G" max 40 { documented "G" score = truong_ban }
        }

        index dti "DTI" { documented "total / scale" }

        uncertainty {
          noise co_cong ±5%
        }

        """;

    // Keywords of the ruleset language stay as they are written in every language.
    private static readonly string[] LanguageKeywords = ["and", "or", "not", "if", "then", "else", "levels"];

    private static readonly string[] TypeCodes = ["DR2001", "DR2004", "DR2006", "DR2018", "DR2033"];

    private static IReadOnlyList<Diagnostic> Check(DisplayLanguage language)
    {
        using var scope = DisplaySettings.Use(new DisplaySettings(language, DecimalMark.Point));
        return [.. Compile.Text(Mistyped).Diagnostics.Where(d => TypeCodes.Contains(d.Code))];
    }

    [Fact]
    public void The_ruleset_has_a_mistake_of_each_kind_that_names_a_type()
    {
        var codes = Check(DisplayLanguage.English).Select(d => d.Code).ToHashSet();

        Assert.Equal(TypeCodes.ToHashSet(), codes);
    }

    [Fact]
    public void In_the_pseudo_language_no_type_word_is_left_untranslated()
    {
        var messages = Check(DisplayLanguage.Pseudo).Select(d => d.Message).ToList();

        Assert.NotEmpty(messages);
        var untranslated = PseudoLocale.UntranslatedLines(string.Join("\n", messages), [], LanguageKeywords);
        Assert.True(untranslated.Count == 0, string.Join("\n", untranslated));
    }

    [Fact]
    public void In_vietnamese_the_types_are_named_in_vietnamese()
    {
        var english = Check(DisplayLanguage.English);
        var vietnamese = Check(DisplayLanguage.Vietnamese);

        Assert.Equal(english.Select(d => (d.Code, d.Location)), vietnamese.Select(d => (d.Code, d.Location)));
        Assert.Contains(english, d => d.Message.Contains("yes/no", StringComparison.Ordinal));
        Assert.DoesNotContain(vietnamese, d => d.Message.Contains("yes/no", StringComparison.Ordinal));
        var yesNo = DiagnosticResx.Text("DtiRules.Language", "TypeName_YesNo", vietnamese: true);
        var count = DiagnosticResx.Text("DtiRules.Language", "TypeName_Count", vietnamese: true);
        var level = string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticResx.Text("DtiRules.Language", "TypeName_Level", vietnamese: true), "chuc_vu");
        Assert.Contains(vietnamese, d => d.Code == "DR2033" && d.Message.Contains($"'co_cong' là {yesNo};", StringComparison.Ordinal));
        Assert.Contains(vietnamese, d => d.Code == "DR2018" && d.Message.Contains(level, StringComparison.Ordinal));
        Assert.Contains(vietnamese, d => d.Code == "DR2001" && d.Message.Contains(count, StringComparison.Ordinal));
    }
}
