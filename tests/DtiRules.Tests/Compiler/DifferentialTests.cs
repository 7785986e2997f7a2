using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>Every shipped edition with its sample, and every scoring case of the corpus, scored by both engines.</summary>
public sealed class DifferentialTests
{
    public static TheoryData<string, string> EditionsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var edition in new[] { "2020", "2021", "2022", "2023", "2024" })
        {
            foreach (var format in new[] { "csv", "json", "table" })
            {
                data.Add(edition, format);
            }
        }

        return data;
    }

    public static TheoryData<string> ScoringCases()
    {
        var cases = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Combine("tests", "cases", "500-scoring"), "*.dti").Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileName(path));
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(EditionsAndFormats))]
    public void Shipped_edition_scores_its_sample_byte_for_byte_the_same_under_both_engines(string edition, string format)
    {
        CompiledTestEngine.CompileShippedEditions();
        var ruleset = RepositoryPaths.Combine("rulesets", "dti-province", edition + ".dti");
        var sample = RepositoryPaths.Combine("data", "sample", $"provinces-{edition}.csv");
        var interpreted = CliRunner.Run("score", ruleset, "--data", sample, "--format", format, "--engine", "interpreted");
        var compiled = CliRunner.Run("score", ruleset, "--data", sample, "--format", format, "--engine", "compiled");
        Assert.Equal(0, interpreted.ExitCode);
        Assert.Equal(interpreted, compiled);
    }

    [Theory]
    [MemberData(nameof(ScoringCases))]
    public void Corpus_scoring_case_gives_the_same_result_and_diagnostics_under_both_engines(string caseFile)
    {
        var path = RepositoryPaths.Combine("tests", "cases", "500-scoring", caseFile);
        var ruleset = RulesetCompilation.Create(SourceText.From(File.ReadAllText(path), caseFile)).Ruleset;
        var bag = new DiagnosticBag();
        var dataPath = Path.ChangeExtension(path, ".csv");
        var raw = DatasetReader.Read(File.ReadAllBytes(dataPath), Path.GetFileName(dataPath), bag);
        var data = DatasetBinder.Bind(raw!, ruleset.Schema, UnitList.Provinces63, bag);
        Assert.NotNull(data);
        CompiledTestEngine.AssertSameScores(ruleset, data);
    }

    [Fact]
    public void Merged_units_score_the_same_under_both_engines()
    {
        CompiledTestEngine.CompileShippedEditions();
        string[] merged = ["score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--units-map", RepositoryPaths.Combine("data", "units", "merger-2025.csv"), "--format", "csv"];
        Assert.Equal(CliRunner.Run([.. merged, "--engine", "interpreted"]), CliRunner.Run([.. merged, "--engine", "compiled"]));
    }

    [Fact]
    public void Mappings_failures_clamping_and_every_policy_give_the_same_result_and_diagnostics()
    {
        var ruleset = DtiRules.Tests.Infrastructure.Compile.Clean("""
            ruleset edge edition 2022 {
              title "Biên" basis "test" unit province scale 100 round 4 missing error
            }
            input p: percent "P"
            input q: count "Q"
            input r: number "R" missing mean
            node main "Chính" max 100 {
              documented "test"
              node a "A" max 25 { assumed "x" score = p / q }
              node b "B" max 25 { assumed "x" missing exclude score = r * 2 }
              node c "C" max 25 { assumed "x" missing zero score = q * 9999999999999999999 * 9999999999999999999 }
              node d "D" max 25 { assumed "x" missing mean score = cohort_rank(p) + value(a) }
            }
            output o "O" { documented "x" value = ratio(total, q) + a / q }
            index dti "DTI" { documented "x" }
            rank dti, o
            map "older data" {
              p: p_ratio * 100
            }
            """);
        var data = DtiRules.Tests.Language.MiniRuleset.Data(
            ["Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ"],
            ("p_ratio", [0.5m, 1.2m, null, 0.1m]), ("q", [0m, 2m, 5m, null]), ("r", [null, 3m, 400m, 1m]), ("d", [null, null, 0.5m, null]));
        var interpreted = CompiledTestEngine.Render(new DtiRules.Scoring.Interpreter(ruleset).Score(data));
        foreach (var code in new[] { "DR3001", "DR3002", "DR3003", "DR3004", "DR3008" })
        {
            Assert.Contains(code, interpreted, StringComparison.Ordinal);
        }

        CompiledTestEngine.AssertSameScores(ruleset, data);
    }
}
