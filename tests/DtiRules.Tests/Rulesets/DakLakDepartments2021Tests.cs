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
}
