using System.Globalization;
using System.Text;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Rulesets;

public sealed class Province2022Tests
{
    private static readonly Lazy<BoundRuleset> Ruleset = new(() =>
    {
        var compilation = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022);
        Assert.Empty(compilation.Diagnostics);
        return compilation.Ruleset;
    });

    private static readonly string[] Foundation = ["nhan_thuc_so", "the_che_so", "ha_tang_so", "nhan_luc_so", "an_toan_thong_tin_mang"];

    [Fact]
    public void Has_the_structure_of_decision_922()
    {
        var ruleset = Ruleset.Value;
        var expected = new (string Id, decimal Max, int Components)[]
        {
            ("nhan_thuc_so", 100, 10), ("the_che_so", 100, 11), ("ha_tang_so", 100, 7), ("nhan_luc_so", 100, 13),
            ("an_toan_thong_tin_mang", 100, 12), ("do_thi_thong_minh", 0, 3), ("hd_chinh_quyen_so", 200, 22),
            ("hd_kinh_te_so", 150, 12), ("hd_xa_hoi_so", 150, 8),
        };
        Assert.Equal(expected, ruleset.Roots.Select(r => (r.Name, r.MaxPoints, r.Children.Count)));
        Assert.Equal(98, ruleset.Nodes.Count(n => n.IsLeaf));
        Assert.All(ruleset.Nodes, n => Assert.NotNull(n.Provenance));
        Assert.Equal(["dti", "chinh_quyen_so", "kinh_te_so", "xa_hoi_so"], ruleset.RankedOutputs.Select(o => o.Name));
    }

    [Fact]
    public void Five_mistakes_in_five_places_give_five_diagnostics_at_their_positions()
    {
        var text = File.ReadAllText(RepositoryPaths.Ruleset2022);
        var edits = new (string From, string To, string Code, string Marker)[]
        {
            ("  round   4", "  rounding 4", "DR1003", "rounding 4"),
            ("levels nt_truong_ban {", "levels nt_truong_bam {", "DR1001", "nt_truong_bam"),
            (">= 4: 10, >= 3: 7.5", ">= 4: 12, >= 3: 7.5", "DR2011", "12, >= 3: 7.5"),
            ("score = if nt_chuyen_muc_cds then 10 else 0", "score = nt_chuyen_muc_cds * 10", "DR2002", "nt_chuyen_muc_cds * 10"),
            ("score = if tc_nghi_quyet_cds then", "score if tc_nghi_quyet_cds then", "DR0001", "if tc_nghi_quyet_cds then"),
        };
        foreach (var (from, to, _, _) in edits)
        {
            Assert.Equal(1, Occurrences(text, from));
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var expected = edits.Select(e => (e.Code, Compile.PositionOf(text, e.Marker).Line, Compile.PositionOf(text, e.Marker).Column)).OrderBy(p => p.Line).ToList();
        var compilation = RulesetCompilation.Create(DtiRules.Language.Text.SourceText.From(text, "2022-with-mistakes.dti"));
        Assert.Equal(expected, Compile.Positions(compilation.Diagnostics));
        Assert.All(compilation.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Main_index_values_give_the_published_dti_pillars_and_competition_ranks()
    {
        // Five provinces; Huế and Đà Nẵng have the same values, so they tie and the next rank is skipped.
        var scored = Ruleset.Value.Roots.Where(r => !r.IsUnscored).ToList();
        var rows = new Dictionary<string, decimal[]>
        {
            ["Hà Nội"] = [0.9500m, 0.8800m, 0.9100m, 0.7600m, 0.8300m, 0.8125m, 0.7733m, 0.6900m],
            ["Thừa Thiên Huế"] = [0.8000m, 0.7700m, 0.8800m, 0.6100m, 0.9000m, 0.7000m, 0.5000m, 0.6400m],
            ["Đà Nẵng"] = [0.8000m, 0.7700m, 0.8800m, 0.6100m, 0.9000m, 0.7000m, 0.5000m, 0.6400m],
            ["Bạc Liêu"] = [0.5000m, 0.4100m, 0.5500m, 0.3900m, 0.4800m, 0.4450m, 0.3900m, 0.4200m],
            ["TP.HCM"] = [0.9000m, 0.8500m, 0.9300m, 0.7100m, 0.8800m, 0.8350m, 0.8100m, 0.7300m],
        };
        var csv = new StringBuilder("unit," + string.Join(",", scored.Select(r => r.Name)) + "\n");
        foreach (var (unit, values) in rows)
        {
            csv.Append(unit).Append(',').AppendJoin(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        var result = Score(csv.ToString());
        var index = Ruleset.Value.Index!;
        var points = rows.Values.Select(v => scored.Select((r, i) => v[i] * r.MaxPoints).ToArray()).ToList();
        var expectedDti = points.Select(p => Math.Round(p.Sum() / 1000m, 4, MidpointRounding.AwayFromZero)).ToList();
        decimal Pillar(decimal[] p, string activity, decimal over) =>
            Math.Round((Foundation.Sum(f => p[scored.FindIndex(r => r.Name == f)]) + p[scored.FindIndex(r => r.Name == activity)]) / over, 4, MidpointRounding.AwayFromZero);

        for (var u = 0; u < rows.Count; u++)
        {
            Assert.Equal(expectedDti[u], result.OutputValue(index, u));
            Assert.Equal(Pillar(points[u], "hd_chinh_quyen_so", 700m), result.OutputValue(Ruleset.Value.FindOutput("chinh_quyen_so")!, u));
            Assert.Equal(Pillar(points[u], "hd_kinh_te_so", 650m), result.OutputValue(Ruleset.Value.FindOutput("kinh_te_so")!, u));
            Assert.Equal(Pillar(points[u], "hd_xa_hoi_so", 650m), result.OutputValue(Ruleset.Value.FindOutput("xa_hoi_so")!, u));
            Assert.Equal(1 + expectedDti.Count(d => d > expectedDti[u]), result.Rank(index, u));
            Assert.Equal(CellFlags.Given, result.NodeFlags(scored[0], u));
        }

        Assert.Equal(result.Rank(index, 1), result.Rank(index, 2));
        Assert.Equal(result.Rank(index, 1) + 2, result.Rank(index, 3));
    }

    [Fact]
    public void Sample_scores_match_the_snapshot()
    {
        var (code, output, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv");
        Assert.True(code == 0, error);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", "dti-province-2022.sample.csv"));
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("2021")]
    [InlineData("2023")]
    [InlineData("2024")]
    public void Every_edition_scores_its_sample_and_matches_the_snapshot(string edition)
    {
        var ruleset = RepositoryPaths.Combine("rulesets", "dti-province", edition + ".dti");
        var sample = RepositoryPaths.Combine("data", "sample", $"provinces-{edition}.csv");
        var (code, output, error) = CliRunner.Run("score", ruleset, "--data", sample, "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Equal(64, output.TrimEnd('\n').Split('\n').Length);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", $"dti-province-{edition}.sample.csv"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void Scoring_output_is_byte_identical_across_cultures_and_runs(string format)
    {
        string[] args = ["score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", format];
        var vietnamese = CliRunner.RunUnder("vi-VN", args);
        var english = CliRunner.RunUnder("en-US", args);
        var again = CliRunner.RunUnder("vi-VN", args);
        Assert.Equal(0, vietnamese.ExitCode);
        Assert.Equal(vietnamese.Out, english.Out);
        Assert.Equal(vietnamese.Out, again.Out);
        Assert.Contains("0.", vietnamese.Out, StringComparison.Ordinal);
    }

    private static ScoringResult Score(string csv)
    {
        var diagnostics = new DiagnosticBag();
        var raw = DatasetReader.ReadText(csv, "given.csv", diagnostics);
        var data = raw is null ? null : DatasetBinder.Bind(raw, Ruleset.Value.Schema, UnitList.Provinces63, diagnostics);
        Assert.True(data is not null, string.Join("\n", diagnostics));
        var result = new Interpreter(Ruleset.Value).Score(data);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
