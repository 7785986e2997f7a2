using CsCheck;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Rulesets;

/// <summary>Đắk Lắk's index of its departments under Decision 2425/QĐ-UBND (2021): <c>rulesets/dti-department/cap-so-2021.dti</c>.</summary>
public sealed class DakLakDepartments2021Tests
{
    private static readonly string RulesetPath = RepositoryPaths.Combine("rulesets", "dti-department", "cap-so-2021.dti");
    private static readonly string ListPath = RepositoryPaths.Combine("data", "units", "dak-lak-so-ban-nganh-2021.csv");
    private static readonly string SamplePath = RepositoryPaths.Combine("data", "sample", "dak-lak-cap-so-2021.csv");

    private static readonly Lazy<BoundRuleset> Ruleset = new(() =>
    {
        var compilation = RulesetCompilation.FromFile(RulesetPath);
        Assert.Empty(compilation.Diagnostics);
        return compilation.Ruleset;
    });

    [Fact]
    public void Has_the_documented_pillar_groups_and_scale_of_decision_2425()
    {
        var ruleset = Ruleset.Value;
        Assert.Equal("2425/QĐ-UBND", ruleset.Header.Basis);
        Assert.Equal("department", ruleset.Header.UnitKind);
        Assert.Equal(180m, ruleset.Header.Scale);
        Assert.Equal(
            ["Chuyển đổi nhận thức", "Kiến tạo thể chế", "Phát triển hạ tầng và nền tảng số", "Hoạt động chính quyền số", "An toàn, an ninh mạng", "Đào tạo và phát triển nhân lực"],
            ruleset.Roots.Select(r => r.Label));
        Assert.Equal([20m, 20m, 30m, 60m, 25m, 25m], ruleset.Roots.Select(r => r.MaxPoints));
        Assert.Equal(37, ruleset.Nodes.Count(n => n.IsLeaf));
        Assert.Equal(["dti"], ruleset.RankedOutputs.Select(o => o.Name));
    }

    [Fact]
    public void Only_what_the_press_reported_is_documented_and_it_cites_a_source()
    {
        var ruleset = Ruleset.Value;

        // The criteria and the split of the 180 points are not public: every node is assumed.
        Assert.All(ruleset.Nodes, n => Assert.Equal(ProvenanceKind.Assumed, n.Provenance?.Kind));
        Assert.All(ruleset.Roots, r => Assert.Contains("2425", r.Provenance!.Reason, StringComparison.Ordinal));

        // The 2021 results were reported in points: the total is documented, the 0–1 index is not.
        var total = ruleset.FindOutput("tong_diem")!.Provenance!;
        Assert.Equal(ProvenanceKind.Documented, total.Kind);
        Assert.Contains("114,98", total.Reason, StringComparison.Ordinal);
        Assert.StartsWith("https://", total.Source, StringComparison.Ordinal);
        Assert.Equal(ProvenanceKind.Assumed, ruleset.Index!.Provenance!.Kind);
    }

    [Fact]
    public void Given_group_values_give_the_points_the_index_and_competition_ranks_however_the_agencies_are_written()
    {
        var ruleset = Ruleset.Value;
        var rows = UnitListRows.Read(ListPath);

        // An agency written by its name, its code or one of its short forms ("Sở TT&TT").
        static string Written(UnitListRows.Row row, int spelling) =>
            spelling == 0 ? row.Name : spelling == 1 || row.Aliases.Count == 0 ? row.Code : row.Aliases[spelling % row.Aliases.Count];

        var agency = Gen.Select(Gen.Int[0, rows.Count - 1], Gen.Int[0, 5], Gen.Int[0, 20].Array[ruleset.Roots.Count], (i, spelling, steps) =>
            (Row: rows[i], Spelling: spelling, Values: steps.Select(s => s * 0.05m).ToArray()));
        agency.Array[2, 12].Sample(sample =>
        {
            var units = sample.DistinctBy(a => a.Row.Code).ToList();
            var result = GivenValues.Score(ruleset, [.. ruleset.Roots.Select(r => r.Name)], units.Select(a => (Written(a.Row, a.Spelling), a.Values)));

            // Points are value × max of each group (20/20/30/60/25/25, 180 in all).
            var total = units.ToDictionary(a => a.Row.Code, a => a.Values.Zip([20m, 20m, 30m, 60m, 25m, 25m], (v, max) => v * max).Sum());
            var dti = total.ToDictionary(t => t.Key, t => GivenValues.Published(t.Value / 180m));
            Assert.Equal(units.Select(a => a.Row.Code), result.Units.Select(u => u.Code));
            for (var u = 0; u < result.Units.Count; u++)
            {
                var code = result.Units[u].Code;
                Assert.Equal(total[code], result.OutputValue(ruleset.FindOutput("tong_diem")!, u));
                Assert.Equal(dti[code], result.OutputValue(ruleset.Index!, u));
                Assert.Equal(GivenValues.CompetitionRank(dti[code], dti.Values), result.Rank(ruleset.Index!, u));
            }
        }, iter: 60);
    }

    [Fact]
    public void A_district_committee_is_not_a_unit_of_the_departments_index()
    {
        // Each index has its own list, so a district's row in the departments' data is refused.
        var data = Path.Combine(Path.GetTempPath(), $"dti-cap-so-{Guid.NewGuid():N}.csv");
        File.WriteAllText(data, "unit,nhan_thuc\nSở Y tế,0.5\nUBND huyện Lắk,0.4\n");
        try
        {
            var (code, _, error) = CliRunner.Run("score", RulesetPath, "--data", data, "--format", "csv");
            Assert.NotEqual(0, code);
            Assert.Contains("(3,1): error DR4006: Unknown unit 'UBND huyện Lắk'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void The_list_has_the_twenty_agencies_under_the_provincial_committee()
    {
        var rows = UnitListRows.Read(ListPath);
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(("department", "66"), (r.Kind, r.Parent)));
        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct().Count());
        Assert.Equal(16, rows.Count(r => r.Name.StartsWith("Sở ", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.Name == "Thanh tra tỉnh");
        Assert.Contains(rows, r => r.Name == "Ban Dân tộc");

        // A spelling names one unit only.
        var spellings = rows.SelectMany(r => r.Aliases.Prepend(r.Name).Prepend(r.Code)).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_sample_has_one_row_per_agency_and_says_it_is_synthetic()
    {
        Assert.StartsWith("# Synthetic data, NOT real DTI results", File.ReadLines(SamplePath).First(), StringComparison.Ordinal);
        Assert.Equal(UnitListRows.Read(ListPath).Select(r => r.Name), UnitListRows.SampleUnits(SamplePath));
    }

    [Fact]
    public void Sample_scores_match_the_snapshot()
    {
        var (code, output, error) = CliRunner.Run("score", RulesetPath, "--data", SamplePath, "--format", "csv");
        Assert.True(code == 0, error);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", "dti-department-cap-so-2021.sample.csv"));
    }
}
