using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Rulesets;

public sealed class Commune2025Tests
{
    private static readonly string RulesetPath = RepositoryPaths.Combine("rulesets", "dti-commune", "2025.dti");
    private static readonly string ListPath = RepositoryPaths.Combine("data", "units", "communes-2025-synthetic.csv");
    private static readonly string SamplePath = RepositoryPaths.Combine("data", "sample", "communes-2025.csv");

    private static readonly Lazy<BoundRuleset> Ruleset = new(() =>
    {
        var compilation = RulesetCompilation.FromFile(RulesetPath);
        Assert.Empty(compilation.Diagnostics);
        return compilation.Ruleset;
    });

    [Fact]
    public void Has_the_structure_its_readme_gives_and_every_part_is_assumed()
    {
        var ruleset = Ruleset.Value;
        var expected = new (string Id, decimal Max, int Criteria)[]
        {
            ("nhan_thuc_so", 10, 4), ("the_che_so", 8, 4), ("ha_tang_so", 12, 5), ("nhan_luc_so", 12, 4),
            ("an_toan_thong_tin_mang", 8, 4), ("hd_chinh_quyen_so", 25, 10), ("hd_kinh_te_so", 10, 4), ("hd_xa_hoi_so", 15, 6),
        };
        Assert.Equal(expected, ruleset.Roots.Select(r => (r.Name, r.MaxPoints, r.Children.Count)));
        Assert.Equal(100m, ruleset.Header.Scale);
        Assert.Equal("commune", ruleset.Header.UnitKind);
        Assert.Equal(UnitListSource.File, ruleset.Header.UnitList.Source);
        Assert.Equal(Path.GetFullPath(ListPath), Path.GetFullPath(ruleset.Header.UnitList.Path));
        Assert.Equal(41, ruleset.Nodes.Count(n => n.IsLeaf));

        // No national commune index was found: nothing may claim to be documented.
        Assert.All(ruleset.Nodes, n => Assert.Equal(ProvenanceKind.Assumed, n.Provenance?.Kind));
        Assert.All(ruleset.Outputs, o => Assert.Equal(ProvenanceKind.Assumed, o.Provenance?.Kind));
        Assert.Equal(["dti", "chinh_quyen_so", "kinh_te_so", "xa_hoi_so"], ruleset.RankedOutputs.Select(o => o.Name));
    }

    [Fact]
    public void The_synthetic_list_has_communes_of_the_34_provinces_and_repeats_names_only_across_provinces()
    {
        var rows = UnitListRows.Read(ListPath);
        var provinces = UnitListRows.ProvinceNames().Keys.ToHashSet();

        Assert.Equal(150, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Matches("^[0-9]{5}$", r.Code);
            Assert.Equal("commune", r.Kind);
            Assert.Contains(r.Parent, provinces);
            Assert.True(r.Name.StartsWith("Xã ", StringComparison.Ordinal) || r.Name.StartsWith("Phường ", StringComparison.Ordinal) || r.Name.StartsWith("Đặc khu ", StringComparison.Ordinal), r.Name);
        });
        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct().Count());
        Assert.Equal(6, rows.Select(r => r.Parent).Distinct().Count());
        Assert.Equal(6, rows.Count(r => r.Name.StartsWith("Đặc khu ", StringComparison.Ordinal)));

        var repeated = rows.GroupBy(r => r.Name).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Select(r => r.Parent).ToList());
        Assert.Equal(["Phường Tân An", "Xã Bình Minh", "Xã Hòa Bình", "Xã Tân Thành"], repeated.Keys.Order(StringComparer.Ordinal));
        Assert.All(repeated.Values, parents => Assert.Equal(parents.Count, parents.Distinct().Count()));
    }

    [Fact]
    public void The_list_and_the_sample_say_they_are_synthetic()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("data", "units", "README.md"));
        var paragraph = readme[readme.IndexOf("`communes-2025-synthetic.csv`", StringComparison.Ordinal)..];
        Assert.Contains("**synthetic**", paragraph[..paragraph.IndexOf("\n- ", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.StartsWith("# Synthetic data, NOT real DTI results", File.ReadLines(SamplePath).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_has_one_row_per_commune_and_names_every_repeated_one_with_its_province()
    {
        var rows = UnitListRows.Read(ListPath);
        var provinceNames = UnitListRows.ProvinceNames();
        var repeated = rows.GroupBy(r => r.Name).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var expected = rows.Select(r => repeated.Contains(r) ? $"{r.Name}, {provinceNames[r.Parent]}" : r.Name);

        Assert.Equal(expected, UnitListRows.SampleUnits(SamplePath));
    }
}
