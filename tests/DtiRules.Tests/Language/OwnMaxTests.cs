using DtiRules.Language.Syntax;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

/// <summary>A bare <c>max</c> in a node's formula is that node's max points; elsewhere it is an error.</summary>
public sealed class OwnMaxTests
{
    private static readonly string[] ThreeUnits = ["A", "B", "C"];

    [Fact]
    public void Max_in_a_formula_scores_as_the_nodes_max_written_out()
    {
        const string inputs = "input a: count \"A\"\ninput b: count \"B\"";
        var withMax = Compile.Clean(MiniRuleset.WithNodes(inputs,
            "node t \"T\" max 30 { assumed \"x\" score = min(ratio(a, b), 1) * max }\nnode u \"U\" max 70 { assumed \"x\" score = min(ratio(b, a), 1) * max }"));
        var written = Compile.Clean(MiniRuleset.WithNodes(inputs,
            "node t \"T\" max 30 { assumed \"x\" score = min(ratio(a, b), 1) * 30 }\nnode u \"U\" max 70 { assumed \"x\" score = min(ratio(b, a), 1) * 70 }"));
        var data = MiniRuleset.Data(ThreeUnits, ("a", [1m, 3m, 0m]), ("b", [4m, 3m, 5m]));
        var expected = new Interpreter(written).Score(data);
        var actual = new Interpreter(withMax).Score(data);
        foreach (var node in new[] { "t", "u" })
        {
            Assert.Equal(
                Enumerable.Range(0, 3).Select(u => expected.Points(expected.Ruleset.FindNode(node)!, u)),
                Enumerable.Range(0, 3).Select(u => actual.Points(actual.Ruleset.FindNode(node)!, u)));
        }

        Assert.Equal(7.5m, actual.Points(actual.Ruleset.FindNode("t")!, 0));
    }

    [Fact]
    public void Overriding_the_max_of_an_edition_rescales_an_inherited_formula_that_says_max()
    {
        var baseText = MiniRuleset.WithNodes("input p: percent \"P\"",
            "node t \"T\" max 40 { assumed \"x\" score = p / 100 * max }\nnode u \"U\" max 60 { assumed \"x\" score = p / 100 * max }");
        const string edition = """
            ruleset mini edition 2023 extends mini 2022 {
              title "2023"
            }

            override node t max 50
            override node u max 50

            """;
        var compilation = DtiRules.Language.Binding.RulesetCompilation.Create(
            SourceText.From(edition, "2023.dti"), new Editions.InMemoryLocator(("2022.dti", baseText)));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal((0d, 50d), (compilation.Ruleset.FindNode("t")!.ProvenPoints!.Value.Low, compilation.Ruleset.FindNode("t")!.ProvenPoints!.Value.High));
    }

    [Theory]
    [InlineData("output o \"O\" { documented \"x\" value = max / 100 }")]
    [InlineData("map { p: max }")]
    public void Max_outside_a_nodes_formula_is_an_unknown_name_that_says_where_it_belongs(string declaration)
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"", "node t \"T\" max 100 { assumed \"x\" score = p }") + declaration + "\n";
        var diagnostic = Assert.Single(Compile.Text(text).Diagnostics, d => d.IsError);
        Assert.Equal("DR1001", diagnostic.Code);
        Assert.Contains("only in that node's 'score = …'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_leaves_formulas_as_written_whether_they_say_max_or_a_number()
    {
        var text = MiniRuleset.WithNodes("input p: percent \"P\"",
            "  node t \"T\" max 40 {\n    assumed \"x\"\n    score = p / 100 * max\n  }\n\n  node u \"U\" max 60 {\n    assumed \"x\"\n    score = p / 100 * 60\n  }");
        var formatted = SyntaxPrinter.Format(SyntaxTree.Parse(SourceText.From(text)));
        Assert.Contains("score = p / 100 * max\n", formatted, StringComparison.Ordinal);
        Assert.Contains("score = p / 100 * 60\n", formatted, StringComparison.Ordinal);
    }
}
