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
}
