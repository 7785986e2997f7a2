using CsCheck;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Rulesets;

/// <summary>Đắk Lắk's index of its district People's Committees under Decision 2425/QĐ-UBND (2021): <c>rulesets/dti-department/cap-huyen-2021.dti</c>.</summary>
public sealed class DakLakDistricts2021Tests
{
    private static readonly string RulesetPath = RepositoryPaths.Combine("rulesets", "dti-department", "cap-huyen-2021.dti");
    private static readonly string ListPath = RepositoryPaths.Combine("data", "units", "dak-lak-cap-huyen-2021.csv");
    private static readonly string SamplePath = RepositoryPaths.Combine("data", "sample", "dak-lak-cap-huyen-2021.csv");

    private static readonly string[] Groups =
    [
        "Chuyển đổi nhận thức", "Kiến tạo thể chế", "Phát triển hạ tầng và nền tảng số", "Thông tin và dữ liệu số",
        "Hoạt động", "An toàn, an ninh mạng", "Đào tạo và phát triển nhân lực",
    ];

    private static readonly Lazy<BoundRuleset> Ruleset = new(() =>
    {
        var compilation = RulesetCompilation.FromFile(RulesetPath);
        Assert.Empty(compilation.Diagnostics);
        return compilation.Ruleset;
    });

    [Fact]
    public void Has_the_documented_pillars_points_and_seven_groups_of_decision_2425()
    {
        var ruleset = Ruleset.Value;
        Assert.Equal("2425/QĐ-UBND", ruleset.Header.Basis);
        Assert.Equal("department", ruleset.Header.UnitKind);
        Assert.Equal(420m, ruleset.Header.Scale);
        Assert.Equal(
            [("Chính quyền số", 200m), ("Kinh tế số", 95m), ("Xã hội số", 125m)],
            ruleset.Roots.Select(r => (r.Label, r.MaxPoints)));
        Assert.All(ruleset.Roots, pillar =>
        {
            Assert.Equal(ProvenanceKind.Documented, pillar.Provenance!.Kind);
            Assert.StartsWith("https://", pillar.Provenance.Source, StringComparison.Ordinal);
            Assert.Equal(Groups.Length, pillar.Children.Count);
            Assert.All(pillar.Children.Zip(Groups), g => Assert.StartsWith(g.Second, g.First.Label, StringComparison.Ordinal));
            Assert.All(pillar.Children, g => Assert.Equal(ProvenanceKind.Assumed, g.Provenance!.Kind));
        });
        Assert.Equal(55, ruleset.Nodes.Count(n => n.IsLeaf));
        Assert.All(ruleset.Nodes.Where(n => n.IsLeaf), n => Assert.Equal(ProvenanceKind.Assumed, n.Provenance!.Kind));
        Assert.Equal(["dti", "chinh_quyen_so", "kinh_te_so", "xa_hoi_so"], ruleset.RankedOutputs.Select(o => o.Name));
    }

    [Fact]
    public void Given_pillar_values_give_the_points_the_index_and_competition_ranks_however_the_districts_are_written()
    {
        var ruleset = Ruleset.Value;
        var rows = UnitListRows.Read(ListPath);

        // A district written by its committee's name, its code or a spelling seen in documents ("Ea Hleo").
        static string Written(UnitListRows.Row row, int spelling) =>
            spelling == 0 ? row.Name : spelling == 1 ? row.Code : row.Aliases[spelling % row.Aliases.Count];

        var district = Gen.Select(Gen.Int[0, rows.Count - 1], Gen.Int[0, 5], Gen.Int[0, 20].Array[3], (i, spelling, steps) =>
            (Row: rows[i], Spelling: spelling, Values: steps.Select(s => s * 0.05m).ToArray()));
        district.Array[2, 10].Sample(sample =>
        {
            var units = sample.DistinctBy(d => d.Row.Code).ToList();
            var result = GivenValues.Score(ruleset, ["tru_cot_cq", "tru_cot_kt", "tru_cot_xh"], units.Select(d => (Written(d.Row, d.Spelling), d.Values)));

            // Pillars of 200, 95 and 125 points, 420 in all; a pillar's published value is the value given.
            var total = units.ToDictionary(d => d.Row.Code, d => d.Values.Zip([200m, 95m, 125m], (v, max) => v * max).Sum());
            var dti = total.ToDictionary(t => t.Key, t => GivenValues.Published(t.Value / 420m));
            string[] pillars = ["chinh_quyen_so", "kinh_te_so", "xa_hoi_so"];
            Assert.Equal(units.Select(d => d.Row.Code), result.Units.Select(u => u.Code));
            for (var u = 0; u < result.Units.Count; u++)
            {
                var code = result.Units[u].Code;
                Assert.Equal(total[code], result.OutputValue(ruleset.FindOutput("tong_diem")!, u));
                Assert.Equal(dti[code], result.OutputValue(ruleset.Index!, u));
                Assert.Equal(GivenValues.CompetitionRank(dti[code], dti.Values), result.Rank(ruleset.Index!, u));
                for (var p = 0; p < pillars.Length; p++)
                {
                    var value = units[u].Values[p];
                    Assert.Equal(value, result.OutputValue(ruleset.FindOutput(pillars[p])!, u));
                    Assert.Equal(GivenValues.CompetitionRank(value, units.Select(d => d.Values[p])), result.Rank(ruleset.FindOutput(pillars[p])!, u));
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void The_list_has_the_fifteen_district_committees_with_their_statistical_codes()
    {
        var rows = UnitListRows.Read(ListPath);
        Assert.Equal(Enumerable.Range(643, 15).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.Equal(("department", "66"), (r.Kind, r.Parent)));
        Assert.Equal(13, rows.Count(r => r.Name.StartsWith("UBND huyện ", StringComparison.Ordinal)));
        Assert.Single(rows, r => r.Name.StartsWith("UBND thị xã ", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Name.StartsWith("UBND thành phố ", StringComparison.Ordinal));

        var spellings = rows.SelectMany(r => r.Aliases.Prepend(r.Name).Prepend(r.Code)).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_sample_has_one_row_per_district_and_says_it_is_synthetic()
    {
        Assert.StartsWith("# Synthetic data, NOT real DTI results", File.ReadLines(SamplePath).First(), StringComparison.Ordinal);
        Assert.Equal(UnitListRows.Read(ListPath).Select(r => r.Name), UnitListRows.SampleUnits(SamplePath));
    }

    [Fact]
    public void Sample_scores_match_the_snapshot()
    {
        var (code, output, error) = CliRunner.Run("score", RulesetPath, "--data", SamplePath, "--format", "csv");
        Assert.True(code == 0, error);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", "dti-department-cap-huyen-2021.sample.csv"));
    }
}
