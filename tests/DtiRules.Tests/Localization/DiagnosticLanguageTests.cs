using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>
/// <c>dti check</c> and the data readers speak the chosen language: the same codes at the same
/// places, each message the translation of its code, and no English left in the pseudo language.
/// </summary>
public sealed partial class DiagnosticLanguageTests : IDisposable
{
    // Seven mistakes of different kinds: a misspelt policy, a name declared twice, an unknown level
    // member, a misspelt input, children that do not add up to their parent, a node without
    // provenance, and a header property the language does not have.
    private const string Broken = """
        ruleset hong edition 2024 {
          title "Bộ chỉ số có lỗi"
          basis "test"
          unit province
          scale 100
          round 4
          missing zer
          colour "xanh"
        }

        levels chair_level { none "Không có" deputy "Cấp phó" chair "Chủ tịch" }

        input ty_le: percent "Tỷ lệ hộ có cáp quang" unit "%"
        input ty_le: number "Lặp lại"
        input truong_ban: level(chair_level) "Trưởng ban"

        node chinh "Chỉ số chính" max 100 {
          documented "Chỉ số chính" source "QĐ 1/2024"
          node diem_a "Điểm A" max 50 {
            documented "Cáp quang"
            score = ratio(ty_lee, 100) * 50
          }
          node diem_b "Điểm B" max 40 {
            score = levels truong_ban { chair: 40, deputy: 20, none: 0, boss: 5 }
          }
        }

        index dti "DTI" { documented "total / scale" }

        """;

    private const string Valid = """
        ruleset tot edition 2024 {
          title "Bộ chỉ số đúng"
          basis "test"
          unit province
          scale 100
          round 4
          missing zero
        }

        input ty_le: percent "Tỷ lệ hộ có cáp quang" unit "%"
        input so_dv: count "Số dịch vụ công"

        node chinh "Chỉ số chính" max 100 {
          documented "Chỉ số chính" source "QĐ 1/2024"
          node diem_a "Điểm A" max 60 {
            documented "Cáp quang"
            score = ratio(ty_le, 100) * 60
          }
          node diem_b "Điểm B" max 40 {
            documented "Dịch vụ công"
            score = min(so_dv, 40)
          }
        }

        index dti "DTI" { documented "total / scale" }

        """;

    // An unknown column, a text where a percentage belongs, a count that is not whole, and a unit not in the list.
    private const string BrokenData = "unit,ty_le,so_dv,ty_lee\nHà Nội,cao,3,1\nHải Phòng,50,2.5,1\nXứ Mơ,40,1,1\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-lang-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_in_vietnamese_has_the_codes_and_places_of_english_with_each_message_translated()
    {
        var ruleset = Write("hong.dti", Broken);

        var english = CliRunner.Run("--lang", "en", "check", ruleset);
        var vietnamese = CliRunner.Run("--lang", "vi", "check", ruleset);

        var englishLines = Parse(english.Out);
        var vietnameseLines = Parse(vietnamese.Out);
        Assert.Equal(english.ExitCode, vietnamese.ExitCode);
        Assert.Equal(englishLines.Select(l => l.Place), vietnameseLines.Select(l => l.Place));
        var codes = englishLines.Select(l => l.Place.Code).Distinct().ToList();
        Assert.Superset(new HashSet<string> { "DR1001", "DR1002", "DR1003", "DR1006", "DR1009", "DR1012", "DR2008" }, codes.ToHashSet());
        foreach (var (place, message) in englishLines)
        {
            Assert.Matches(DiagnosticResx.Pattern(DiagnosticResx.Message(place.Code, vietnamese: false)), message);
        }

        foreach (var (place, message) in vietnameseLines)
        {
            Assert.Matches(DiagnosticResx.Pattern(DiagnosticResx.Message(place.Code, vietnamese: true)), message);
            Assert.DoesNotMatch(DiagnosticResx.Pattern(DiagnosticResx.Message(place.Code, vietnamese: false)), message);
        }

        var errors = englishLines.Count(l => l.Place.Severity == "error");
        var warnings = englishLines.Count(l => l.Place.Severity == "warning");
        Assert.EndsWith(Summary("DtiRules.Cli", vietnamese: true, errors, warnings) + "\n", vietnamese.Out, StringComparison.Ordinal);
        Assert.EndsWith(Summary("DtiRules.Cli", vietnamese: false, errors, warnings) + "\n", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggestion_inside_a_vietnamese_message_is_vietnamese()
    {
        var ruleset = Write("hong.dti", Broken);

        var (_, output, _) = CliRunner.Run("--lang", "vi", "check", ruleset);

        var suggestion = string.Format(
            System.Globalization.CultureInfo.InvariantCulture, DiagnosticResx.Text("DtiRules.Language", "DidYouMean_One", vietnamese: true), "'ty_le'");
        Assert.Contains(Parse(output), l => l.Place.Code == "DR1001" && l.Message.EndsWith(" " + suggestion, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_json_and_sarif_carry_the_vietnamese_messages()
    {
        var ruleset = Write("hong.dti", Broken);

        var json = CliRunner.Run("--lang", "vi", "check", "--format", "json", ruleset);
        var sarif = CliRunner.Run("--lang", "vi", "check", "--format", "sarif", ruleset);

        var template = DiagnosticResx.Message("DR1012", vietnamese: true);
        var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "diem_b");
        Assert.Contains(Newtonsoft.Json.JsonConvert.ToString(expected), json.Out, StringComparison.Ordinal);
        Assert.Contains(Newtonsoft.Json.JsonConvert.ToString(expected), sarif.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_a_broken_ruleset_in_the_pseudo_language_leaves_no_line_untranslated()
    {
        var ruleset = Write("hong.dti", Broken);

        var (code, output, error) = await PseudoLocale.Run("check", ruleset);

        Assert.Equal(1, code);
        Assert.NotEmpty(Parse(output));
        Assert.Empty(PseudoLocale.UntranslatedLines(output + error, [ruleset], SeverityWords));
    }

    [Fact]
    public async Task Problems_of_a_dataset_in_the_pseudo_language_leave_no_line_untranslated()
    {
        var ruleset = Write("tot.dti", Valid);
        var data = Write("du-lieu.csv", BrokenData);

        var (code, _, error) = await PseudoLocale.Run("score", ruleset, "--data", data);

        Assert.NotEqual(0, code);
        Assert.Contains("DR4004", error, StringComparison.Ordinal);
        Assert.Contains("DR4006", error, StringComparison.Ordinal);
        Assert.Empty(PseudoLocale.UntranslatedLines(error, [ruleset, data], SeverityWords));
    }

    // The severity word of a diagnostic line stays as editors' and CI problem matchers read it.
    private static readonly string[] SeverityWords = ["error", "warning", "info"];

    private static string Summary(string project, bool vietnamese, int errors, int warnings) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticResx.Text(project, "Summary_ErrorsWarnings", vietnamese), errors, warnings);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<(Place Place, string Message)> Parse(string output) =>
        [.. output.Split('\n').Select(line => DiagnosticLine().Match(line)).Where(m => m.Success)
            .Select(m => (new Place(m.Groups["path"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["severity"].Value, m.Groups["code"].Value), m.Groups["message"].Value))];

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>DR\d{4}): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();

    private sealed record Place(string Path, int Line, int Column, string Severity, string Code);
}
