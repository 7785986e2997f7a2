using System.Globalization;
using System.Text.RegularExpressions;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Editions;

/// <summary>
/// A 2025 draft that extends the shipped 2024 edition and moves 50 points from the social-activity
/// main index to the economic one, changing only maxima, as a methodology expert would first try.
/// </summary>
public sealed class DraftScenarioTests
{
    private static readonly string Text2024 = File.ReadAllText(RepositoryPaths.Combine("rulesets", "dti-province", "2024.dti"));

    /// <summary>New maxima: economy 150 → 200 (25 → 35 or 30), society 150 → 100 (30 → 20).</summary>
    private static readonly (string Node, int Max)[] Moves =
    [
        ("hd_kinh_te_so", 200), ("kt_01", 35), ("kt_02", 35), ("kt_05", 35), ("kt_06", 35), ("kt_07", 30), ("kt_10", 30),
        ("hd_xa_hoi_so", 100), ("xh_01", 20), ("xh_02", 20), ("xh_03", 20), ("xh_05", 20), ("xh_08", 20),
    ];

    private static string Draft(string extra = "") =>
        "ruleset dti_province edition 2025 extends dti_province 2024 {\n  title \"Dự thảo 2025\"\n}\n\n"
        + string.Concat(Moves.Select(m => $"override node {m.Node} max {m.Max}\n")) + extra;

    private static RulesetCompilation Compile(string draft, string baseText) =>
        RulesetCompilation.Create(SourceText.From(draft, "2025.dti"), new InMemoryLocator(("2024.dti", baseText)));

    /// <summary>The max each node has in the 2024 text, read from the text itself.</summary>
    private static decimal MaxIn2024(string node) =>
        decimal.Parse(Regex.Match(Text2024, $@"node {node} ""[^""]*"" max (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Moving_points_by_maxima_alone_warns_on_every_leaf_and_the_pillar_at_the_drafts_own_lines()
    {
        var draft = Draft();
        var compilation = Compile(draft, Text2024);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        Assert.All(compilation.Diagnostics, d => Assert.Equal("2025.dti", d.Location!.Path));

        foreach (var (node, max) in Moves.Where(m => m.Node.Length == 5))
        {
            var before = MaxIn2024(node);
            var expectedCode = max > before ? "DR2025" : "DR2010";
            var line = DtiRules.Tests.Infrastructure.Compile.PositionOf(draft, $"override node {node} ").Line;
            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Location!.Line == line);
            Assert.Equal(expectedCode, diagnostic.Code);
            Assert.Contains($"from {before} to {max}: rescale", diagnostic.Message, StringComparison.Ordinal);
            var related = Assert.Single(diagnostic.Related);
            Assert.Equal("2024.dti", related.Location.Path);
            var formulaLine = DtiRules.Tests.Infrastructure.Compile.PositionOf(Text2024, $"node {node} ").Line;
            Assert.InRange(related.Location.Line, formulaLine, formulaLine + 4);
        }

        var pillar = Assert.Single(compilation.Diagnostics, d => d.Code == "DR2026");
        Assert.Equal(DtiRules.Tests.Infrastructure.Compile.PositionOf(draft, "extends").Line, pillar.Location!.Line);
        Assert.Contains("'kinh_te_so'", pillar.Message, StringComparison.Ordinal);
        // Five foundation indices (500) and the economy's new 200 over the divisor 650.
        Assert.Contains($"can reach {Math.Round(700m / 650m, 4).ToString(CultureInfo.InvariantCulture)}", pillar.Message, StringComparison.Ordinal);
        Assert.Contains("'hd_kinh_te_so' 150 → 200", pillar.Message, StringComparison.Ordinal);
        Assert.Equal(
            DtiRules.Tests.Infrastructure.Compile.PositionOf(Text2024, "value = (nhan_thuc_so + the_che_so + ha_tang_so + nhan_luc_so + an_toan_thong_tin_mang + hd_kinh_te_so)").Line,
            Assert.Single(pillar.Related).Location.Line);
        Assert.Equal(Moves.Length - 2 + 1, compilation.Diagnostics.Count);
    }

    [Fact]
    public void With_formulas_that_say_max_the_move_is_the_maxima_and_one_divisor()
    {
        // The same 2024 edition with every leaf of the two indices scaled by 'max' instead of its number.
        var withMax = Regex.Replace(Text2024, @"(node (?:kt|xh)_\d+ ""[^""]*"" max (\d+) \{[^}]*?score = [^\n]*?)\* \2\b", "$1* max");
        Assert.NotEqual(Text2024, withMax);
        var overrideDivisor = "\noverride output kinh_te_so {\n  value = (nhan_thuc_so + the_che_so + ha_tang_so + nhan_luc_so + an_toan_thong_tin_mang + hd_kinh_te_so) / 700\n}\n";
        var compilation = Compile(Draft(overrideDivisor), withMax);
        var tiers = compilation.Diagnostics.Where(d => d.Code == "DR2025").ToList();
        // kt_01 scores by tiers whose top arm is a number, so it is the one leaf left to rewrite.
        var kt01 = Assert.Single(tiers);
        Assert.Contains("'kt_01'", kt01.Message, StringComparison.Ordinal);
        Assert.Single(compilation.Diagnostics);
    }

    [Fact]
    public void The_base_editions_own_problems_stay_in_the_base_file()
    {
        var unused = Text2024.Replace("\nnode nhan_thuc_so", "\ninput never_read: percent \"Không dùng\"\n\nnode nhan_thuc_so", StringComparison.Ordinal);
        var compilation = Compile(Draft(), unused);
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "DR1011");
        Assert.Equal("2024.dti", diagnostic.Location!.Path);
        Assert.Empty(diagnostic.Related);
    }

    [Fact]
    public void Check_prints_related_lines_under_the_diagnostic_and_json_and_sarif_carry_them()
    {
        var folder = Directory.CreateTempSubdirectory("dti-draft-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "2024.dti"), Text2024);
            File.WriteAllText(Path.Combine(folder, "2025.dti"), Draft());
            var draftPath = Path.Combine(folder, "2025.dti");
            var text = CliRunner.Run("check", draftPath).Out.Split('\n');
            var pillar = Array.FindIndex(text, l => l.Contains("DR2026", StringComparison.Ordinal));
            Assert.StartsWith($"    {Path.Combine(folder, "2024.dti")}(", text[pillar + 1], StringComparison.Ordinal);
            Assert.Contains(": related: written here, inherited from dti_province 2024", text[pillar + 1], StringComparison.Ordinal);

            var json = Newtonsoft.Json.Linq.JArray.Parse(CliRunner.Run("check", draftPath, "--format", "json").Out);
            var related = json.First(d => (string?)d["code"] == "DR2026")["related"]![0]!;
            Assert.EndsWith("2024.dti", (string?)related["path"], StringComparison.Ordinal);

            var sarif = Newtonsoft.Json.Linq.JObject.Parse(CliRunner.Run("check", draftPath, "--format", "sarif").Out);
            var result = sarif["runs"]![0]!["results"]!.First(r => (string?)r["ruleId"] == "DR2026");
            Assert.EndsWith("2024.dti", (string?)result["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
