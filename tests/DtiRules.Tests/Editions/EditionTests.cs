using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;

namespace DtiRules.Tests.Editions;

public sealed class EditionTests
{
    private const string Base = """
        ruleset mini edition 2022 {
          title "Bộ chỉ số thử 2022"
          basis "test"
          unit province
          scale 100
          missing zero
        }
        input p: percent "P"
        input q: percent "Q"
        node a "A" max 60 {
          documented "base"
          node a1 "A1" max 30 { assumed "x" score = p / 100 * 30 }
          node a2 "A2" max 30 { assumed "x" score = q / 100 * 30 }
        }
        node b "B" max 40 {
          documented "base"
          node b1 "B1" max 40 { assumed "x" score = q / 100 * 40 }
        }
        output pa "Pillar A" { documented "x" value = value(a) }
        index dti "DTI" { documented "total / scale" }
        rank dti, pa
        """;

    private static RulesetCompilation Extend(string text) =>
        RulesetCompilation.Create(SourceText.From(text, "2023.dti"), new InMemoryLocator(("2022.dti", Base)));

    private const string Header2023 = """
        ruleset mini edition 2023 extends mini 2022 {
          title "Bộ chỉ số thử 2023"
        }

        """;

    [Fact]
    public void An_edition_with_no_changes_inherits_everything()
    {
        var compilation = Extend(Header2023);
        Assert.Empty(compilation.Diagnostics);
        var ruleset = compilation.Ruleset;
        Assert.Equal(2023, ruleset.Header.Edition);
        Assert.Equal("Bộ chỉ số thử 2023", ruleset.Header.Title);
        Assert.Equal("test", ruleset.Header.Basis);
        Assert.Equal(["a", "a1", "a2", "b", "b1"], ruleset.Nodes.Select(n => n.Name));
        Assert.Equal("mini 2022", ruleset.BaseEdition);
    }

    [Fact]
    public void Overrides_removals_moves_and_renames_apply_in_order()
    {
        var compilation = Extend(Header2023 + """
            override node a max 50 {
              assumed "Changed in 2023"
              node a3 "A3" max 20 { assumed "new" score = p / 100 * 20 }
            }
            override node a1 max 10 { score = p / 100 * 10 }
            override node a2 max 20 { score = q / 100 * 20 }
            move node b1 to a
            override node a { node b1 "B1" max 0 { assumed "kept, unscored" score = 0 } }
            override node b max 50 { node b2 "B2" max 50 { assumed "new" score = q / 100 * 50 } }
            rename node a2 to a2_moi
            override output pa { value = value(a2) }
            """);
        Assert.Empty(compilation.Diagnostics);
        var ruleset = compilation.Ruleset;
        var a = ruleset.FindNode("a")!;
        Assert.Equal(50m, a.MaxPoints);
        Assert.Equal(ProvenanceKind.Assumed, a.Provenance!.Kind);
        Assert.Equal(["a1", "a2_moi", "a3", "b1"], a.Children.Select(c => c.Name));
        Assert.Equal(10m, ruleset.FindNode("a1")!.MaxPoints);
        Assert.Equal("a2_moi", ruleset.Aliases["a2"]);
        Assert.Equal(["b2"], ruleset.FindNode("b")!.Children.Select(c => c.Name));
        var pillar = (DtiRules.Language.Binding.BoundTree.BoundNodeReference)ruleset.FindOutput("pa")!.Formula;
        Assert.Equal("a2_moi", pillar.Node.Name);
    }

    [Fact]
    public void Changes_to_what_the_base_lacks_are_positioned_errors()
    {
        var text = Header2023 + """
            override node zz max 5
            remove input r
            move node a1 to nowhere
            rename node a9 to a10
            override output pb { value = 1 }
            """;
        var compilation = Extend(text);
        var expected = new[] { "zz", "r", "nowhere", "a9", "pb" }
            .Select(marker => ("DR1019", Compile.PositionOf(text, " " + marker).Line, Compile.PositionOf(text, " " + marker).Column + 1));
        Assert.Equal(expected, Compile.Positions(compilation.Diagnostics));
    }

    [Fact]
    public void The_resolved_edition_is_checked_as_a_whole()
    {
        // a1 grows without its parent (children no longer add up) and b loses its only child (a leaf without formula).
        var text = Header2023 + "override node a1 max 20 { score = p / 100 * 20 }\nremove node b1\n";
        var codes = Extend(text).Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["DR2008", "DR2013"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_or_circular_base_is_one_error()
    {
        var missing = RulesetCompilation.Create(SourceText.From(Header2023, "2023.dti"), new InMemoryLocator());
        Assert.Equal(["DR1020"], missing.Diagnostics.Select(d => d.Code));

        var selfish = Header2023.Replace("extends mini 2022", "extends mini 2023", StringComparison.Ordinal);
        var circular = RulesetCompilation.Create(SourceText.From(selfish, "2023.dti"), new InMemoryLocator(("2023.dti", selfish)));
        Assert.Equal(["DR1021"], circular.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Changes_without_extends_are_errors()
    {
        var compilation = Compile.Text(MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }") + "remove node t\n");
        Assert.Contains(compilation.Diagnostics, d => d.Code == "DR1023");
    }

    [Fact]
    public void Diagnostics_point_into_the_file_that_holds_the_problem()
    {
        var brokenBase = Base.Replace("score = q / 100 * 40", "score = qq / 100 * 40", StringComparison.Ordinal);
        var compilation = RulesetCompilation.Create(SourceText.From(Header2023, "2023.dti"), new InMemoryLocator(("2022.dti", brokenBase)));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("2022.dti", Compile.PositionOf(brokenBase, "qq").Line), (diagnostic.Location!.Path, diagnostic.Location.Line));
    }

    [Fact]
    public void Renamed_nodes_accept_data_under_their_old_id()
    {
        var ruleset = Extend(Header2023 + "rename node a to a_moi\n").Ruleset;
        Assert.True(ruleset.Schema.TryGetField("a", out _));
        var result = new Interpreter(ruleset).Score(MiniRuleset.Data(["Hà Nội"], ("a", [0.5m]), ("b", [0.25m])));
        Assert.Equal(30m, result.Points(ruleset.FindNode("a_moi")!, 0));
        Assert.Equal(0.4m, result.OutputValue(ruleset.Index!, 0));
    }

    [Fact]
    public void Mappings_compute_inputs_from_older_fields_and_are_flagged()
    {
        var text = Base + """

            map "older data" {
              p: p_ratio * 100
              q: (q_old_a + q_old_b) / 2
            }
            """;
        var ruleset = Compile.Clean(text);
        Assert.True(ruleset.Schema.TryGetField("p_ratio", out _));
        var data = MiniRuleset.Data(["A", "B"], ("p_ratio", [0.5m, 1.2m]), ("q", [40m, 60m]));
        var result = new Interpreter(ruleset).Score(data);
        var p = ruleset.Inputs.Single(i => i.Name == "p");
        var a1 = ruleset.FindNode("a1")!;
        Assert.Equal(15m, result.Points(a1, 0));
        Assert.Equal(30m, result.Points(a1, 1));
        Assert.Equal(CellFlags.Mapped, result.InputFlags(p, 0));
        Assert.Contains(result.Diagnostics, d => d.Code == "DR3008");
        Assert.Equal(1m, result.Coverage.Share);
    }

    [Fact]
    public void Coverage_counts_points_computed_from_data()
    {
        var ruleset = Compile.Clean(Base);
        var result = new Interpreter(ruleset).Score(MiniRuleset.Data(["A", "B"], ("p", [50m, null]), ("q", [40m, 60m])));
        Assert.Equal([1m, 0.7m], result.Coverage.PerUnit);
        Assert.Equal(0.85m, result.Coverage.Share);
        Assert.Equal([("a1", 1)], result.Coverage.PolicyNodes.Select(p => (p.Node.Name, p.Units)));
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("2021")]
    [InlineData("2022")]
    [InlineData("2023")]
    [InlineData("2024")]
    public void Resolved_text_of_every_shipped_edition_checks_to_the_same_ruleset(string edition)
    {
        var compilation = RulesetCompilation.FromFile(RepositoryPaths.Combine("rulesets", "dti-province", edition + ".dti"));
        Assert.Empty(compilation.Diagnostics);
        var printed = SyntaxPrinter.Print(compilation.Ruleset.Declarations);
        var again = RulesetCompilation.Create(SourceText.From(printed, edition + ".resolved.dti"));
        Assert.Empty(again.Diagnostics);
        Assert.Equal(printed, SyntaxPrinter.Print(again.Ruleset.Declarations));
        Assert.Equal(Outline(compilation.Ruleset), Outline(again.Ruleset));
    }

    private static IEnumerable<string> Outline(BoundRuleset ruleset) =>
        ruleset.Nodes.Select(n => $"{n.Path} {n.MaxPoints} {n.Provenance?.Kind} {n.Formula?.Syntax.Span.Text}")
            .Concat(ruleset.Inputs.Select(i => $"{i.Name} {i.Type} {i.Minimum}..{i.Maximum}"))
            .Concat(ruleset.Outputs.Select(o => $"{o.Name} {o.IsRanked}"));
}
