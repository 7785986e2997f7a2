using CsCheck;
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
    public void Given_group_values_give_the_index_pillars_and_competition_ranks_however_the_communes_are_written()
    {
        var ruleset = Ruleset.Value;
        var rows = UnitListRows.Read(ListPath);
        var provinces = UnitListRows.ProvinceNames();
        var repeated = rows.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

        // A commune written by name (with its province when the name repeats), by code, or as "Name (Province)".
        string Written(UnitListRows.Row row, int spelling) => spelling switch
        {
            0 => repeated.Contains(row.Name) ? $"{row.Name}, {provinces[row.Parent]}" : row.Name,
            1 => row.Code,
            _ => $"{row.Name} ({provinces[row.Parent]})",
        };

        var commune = Gen.Select(Gen.Int[0, rows.Count - 1], Gen.Int[0, 2], Gen.Int[0, 20].Array[ruleset.Roots.Count], (i, spelling, steps) =>
            (Row: rows[i], Spelling: spelling, Values: steps.Select(s => s * 0.05m).ToArray()));
        commune.Array[2, 20].Sample(sample =>
        {
            var units = sample.DistinctBy(c => c.Row.Code).ToList();
            var result = GivenValues.Score(ruleset, [.. ruleset.Roots.Select(r => r.Name)], units.Select(c => (Written(c.Row, c.Spelling), c.Values)));

            // Points are value × max (the README's table); foundation is the first five groups.
            var points = units.ToDictionary(c => c.Row.Code, c => ruleset.Roots.Select((r, i) => c.Values[i] * r.MaxPoints).ToArray());
            var dti = points.ToDictionary(p => p.Key, p => GivenValues.Published(p.Value.Sum() / 100m));
            Assert.Equal(units.Select(c => c.Row.Code), result.Units.Select(u => u.Code));
            for (var u = 0; u < result.Units.Count; u++)
            {
                var p = points[result.Units[u].Code];
                var foundation = p[..5].Sum();
                Assert.Equal(dti[result.Units[u].Code], result.OutputValue(ruleset.Index!, u));
                Assert.Equal(GivenValues.Published((foundation + p[5]) / 75m), result.OutputValue(ruleset.FindOutput("chinh_quyen_so")!, u));
                Assert.Equal(GivenValues.Published((foundation + p[6]) / 60m), result.OutputValue(ruleset.FindOutput("kinh_te_so")!, u));
                Assert.Equal(GivenValues.Published((foundation + p[7]) / 65m), result.OutputValue(ruleset.FindOutput("xa_hoi_so")!, u));
                Assert.Equal(GivenValues.CompetitionRank(dti[result.Units[u].Code], dti.Values), result.Rank(ruleset.Index!, u));
            }
        }, iter: 60);
    }

    [Fact]
    public void A_repeated_commune_name_alone_is_refused_with_every_candidate_and_its_province()
    {
        var data = Path.Combine(Path.GetTempPath(), $"dti-commune-{Guid.NewGuid():N}.csv");
        File.WriteAllText(data, "unit,nhan_thuc_so\nPhường Ba Đình,0.5\nXã Hòa Bình,0.5\n");
        try
        {
            var (code, _, error) = CliRunner.Run("score", RulesetPath, "--data", data, "--format", "csv");
            Assert.NotEqual(0, code);
            Assert.Contains("(3,1): error DR4050", error, StringComparison.Ordinal);
            var candidates = UnitListRows.Read(ListPath).Where(r => r.Name == "Xã Hòa Bình").ToList();
            Assert.Equal(3, candidates.Count);
            Assert.All(candidates, c => Assert.Contains($"({c.Code}) in {UnitListRows.ProvinceNames()[c.Parent]} ({c.Parent})", error, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(data);
        }
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
        Assert.StartsWith("# SYNTHETIC list", File.ReadLines(ListPath).First(), StringComparison.Ordinal);
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

    [Fact]
    public void Sample_scores_match_the_snapshot()
    {
        var (code, output, error) = CliRunner.Run("score", RulesetPath, "--data", SamplePath, "--format", "csv");
        Assert.True(code == 0, error);
        Snapshot.Match(output, RepositoryPaths.Combine("tests", "DtiRules.Tests", "Snapshots", "dti-commune-2025.sample.csv"));
    }
}
