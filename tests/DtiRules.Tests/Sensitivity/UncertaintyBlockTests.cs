using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding.Uncertainty;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;

namespace DtiRules.Tests.Sensitivity;

public sealed class UncertaintyBlockTests
{
    private const string Inputs = """
        input x: percent "x"
        input y: percent "y"
        input ok: yesno "ok"
        """;

    private const string Nodes = """
          node a "A" max 60 {
            documented "test"
            score = x / 100 * max
          }
          node b "B" max 40 {
            documented "test"
            score = (y / 100 * max) + (if ok then 0 else 0)
          }
        """;

    private static readonly string WithOutputs = $"{MiniRuleset.Header}\n{Inputs}\nnode main \"Chính\" max 100 {{\n  documented \"test\"\n{Nodes}\n}}\n" + """
        output unused "Không dùng" {
          documented "test"
          value = b / 40
        }

        output half "Một nửa" {
          documented "test"
          value = b / 80
        }

        index dti "DTI" {
          documented "test"
          value = total / scale + half
        }

        rank dti, unused, half

        test "Hà Nội" {
          unit "Hà Nội" {
            x: 100
            y: 100
          }
          expect "Hà Nội" unused == 1
        }
        """;

    private static string With(string block) => MiniRuleset.WithNodes(Inputs, Nodes) + "\n" + block + "\n";

    [Fact]
    public void Every_kind_of_factor_binds_with_its_bounds()
    {
        var ruleset = Compile.Clean(With("""
            uncertainty {
              weight a ±25%
              weight b 30..50
              noise x +/- 5%
              policy missing zero | mean weight 3
              formula a {
                "bậc": tiers x { >= 50: max, else: 0 }
              }
            }
            """));

        Assert.Collection(
            ruleset.Uncertainty,
            f => Assert.Equal((45m, 75m), (((WeightFactor)f).Low, ((WeightFactor)f).High)),
            f => Assert.Equal((30m, 50m), (((WeightFactor)f).Low, ((WeightFactor)f).High)),
            f => Assert.Equal(0.05m, ((NoiseFactor)f).Spread),
            f => Assert.Equal([(MissingPolicy.Zero, 1m), (MissingPolicy.Mean, 3m)], ((PolicyFactor)f).Alternatives.Select(a => (a.Policy, a.Weight))),
            f => Assert.Equal(["as written", "bậc"], ((FormulaFactor)f).Alternatives.Select(a => a.Label)));
    }

    [Theory]
    [InlineData("weight c ±10%", "DR1001", "c ±")]
    [InlineData("weight x ±10%", "DR2019", "x ±")]
    [InlineData("noise a ±10%", "DR2033", "a ±")]
    [InlineData("noise ok ±10%", "DR2033", "ok ±")]
    [InlineData("weight a ±100%", "DR2035", "100%")]
    [InlineData("weight a 0..60", "DR2031", "weight a 0")]
    [InlineData("weight a 50..120", "DR2031", "weight a 50")]
    [InlineData("weight a 70..50", "DR2016", "70..")]
    [InlineData("noise x ±150%", "DR2035", "150%")]
    [InlineData("policy missing zero | nothing", "DR1009", "nothing")]
    [InlineData("policy missing zero weight 0 | mean", "DR2035", "0 | mean")]
    [InlineData("weight a ±10%\n  weight a ±20%", "DR1013", "weight a ±20%")]
    [InlineData("formula main { \"x\": 1 }", "DR2034", "main {")]
    [InlineData("formula a { \"x\": ok }", "DR2018", "ok }")]
    public void Mistakes_are_reported_where_they_are_written(string factor, string code, string marker)
    {
        var text = With($"uncertainty {{\n  {factor}\n}}");
        var compilation = Compile.Text(text);

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Compile.PositionOf(text, marker), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_weight_without_siblings_is_a_warning()
    {
        var text = MiniRuleset.WithNodes("input x: percent \"x\"", "  node a \"A\" max 100 {\n    documented \"t\"\n    score = x\n  }") + "uncertainty {\n  weight a ±10%\n}\n";

        var diagnostics = Compile.Text(text).Diagnostics;
        Assert.True(diagnostics.Any(d => d.Code == "DR2032" && !d.IsError), string.Join("\n", diagnostics));
    }

    [Fact]
    public void Formatting_prints_the_block_canonically_and_keeps_its_comments()
    {
        var text = With("""
            uncertainty {
              // how much each weight may move
              weight a +/-   25%
              noise x ±5%   // survey error
              policy missing zero|mean weight 2
              formula a { "bậc": tiers x { >= 50: max, else: 0 } weight 2 "phẳng": x / 100 * max }
            }
            """);

        var formatted = SyntaxPrinter.Format(Compile.Text(text).SyntaxTree);

        Assert.Contains("""
            uncertainty {
              // how much each weight may move
              weight a ±25%
              noise x ±5% // survey error
              policy missing zero | mean weight 2
              formula a {
                "bậc": tiers x { >= 50: max, else: 0 } weight 2
                "phẳng": x / 100 * max
              }
            }
            """.Replace("\r\n", "\n", StringComparison.Ordinal), formatted, StringComparison.Ordinal);
        Assert.Equal(formatted, SyntaxPrinter.Format(Compile.Text(formatted).SyntaxTree));
    }

    [Fact]
    public void An_edition_inherits_the_block_unless_it_writes_its_own()
    {
        var folder = Directory.CreateTempSubdirectory("dti-uncertainty-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "2022.dti"), With("uncertainty {\n  weight a ±10%\n}"));
            var edition = "ruleset mini edition 2023 extends mini 2022 {\n  title \"Bộ chỉ số thử 2023\"\n}\n";
            File.WriteAllText(Path.Combine(folder.FullName, "2023.dti"), edition);
            File.WriteAllText(Path.Combine(folder.FullName, "2024.dti"), edition.Replace("2023", "2024", StringComparison.Ordinal) + "uncertainty {\n  noise y ±5%\n}\n");

            Assert.Equal(["weight a"], RulesetCompilation.FromFile(Path.Combine(folder.FullName, "2023.dti")).Ruleset.Uncertainty.Select(f => f.Name));
            Assert.Equal(["noise y"], RulesetCompilation.FromFile(Path.Combine(folder.FullName, "2024.dti")).Ruleset.Uncertainty.Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_variant_for_the_index_alone_leaves_out_what_the_index_does_not_read()
    {
        var ruleset = Compile.Clean(WithOutputs);
        var none = new Dictionary<string, ExpressionSyntax>();

        var variant = RulesetVariants.Bind(ruleset, null, none, indexOnly: true, new());
        var whole = RulesetVariants.Bind(ruleset, null, none, indexOnly: false, new());

        Assert.Equal(0, variant.ErrorCount);
        Assert.Equal(["half", "dti"], variant.Outputs.Select(o => o.Name));
        Assert.All(variant.Outputs, o => Assert.True(o.IsRanked));
        Assert.Equal(ruleset.Nodes.Select(n => (n.Name, n.Ordinal)), variant.Nodes.Select(n => (n.Name, n.Ordinal)));
        Assert.Equal(["unused", "half", "dti"], whole.Outputs.Select(o => o.Name));
        Assert.True(RulesetVariants.HasMoreThanTheIndex(ruleset));
        Assert.False(RulesetVariants.HasMoreThanTheIndex(variant));
    }

    [Fact]
    public void A_variant_whose_formula_reads_an_output_the_index_does_not_is_bound_whole()
    {
        var ruleset = Compile.Clean(WithOutputs + """
            uncertainty {
              formula a {
                "qua đầu ra": unused * max
              }
            }
            """);
        var alternative = ruleset.Uncertainty.OfType<FormulaFactor>().Single().Alternatives[1].Formula!;
        var diagnostics = new DtiRules.Language.Diagnostics.DiagnosticBag();

        var variant = RulesetVariants.Bind(ruleset, null, new Dictionary<string, ExpressionSyntax> { ["a"] = alternative }, indexOnly: true, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(0, variant.ErrorCount);
        Assert.Equal(["unused", "half", "dti"], variant.Outputs.Select(o => o.Name));
    }
}
