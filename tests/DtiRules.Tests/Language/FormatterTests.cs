using DtiRules.Language.Binding;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class FormatterTests
{
    /// <summary>Every shipped ruleset and every corpus case without syntax errors.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var files = Directory.GetFiles(RepositoryPaths.Combine("rulesets"), "*.dti", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("tests", "cases"), "*.dti", SearchOption.AllDirectories))
            .Where(f => SyntaxTree.Parse(SourceText.From(File.ReadAllText(f), f)).Diagnostics.Count == 0)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }

    private static SyntaxTree Parse(string text, string path) => SyntaxTree.Parse(SourceText.From(text, path));

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_is_idempotent_keeps_every_comment_and_the_tree(string file)
    {
        var path = RepositoryPaths.Combine(file);
        var original = Parse(File.ReadAllText(path), path);
        var once = SyntaxPrinter.Format(original);
        var reparsed = Parse(once, path);
        Assert.Empty(reparsed.Diagnostics);
        Assert.Equal(once, SyntaxPrinter.Format(reparsed));
        Assert.Equal(original.Comments.Select(c => c.Text), reparsed.Comments.Select(c => c.Text));
        Assert.Equal(SyntaxPrinter.Print(original.Root), SyntaxPrinter.Print(reparsed.Root));
    }

    [Fact]
    public void Shipped_rulesets_are_in_the_canonical_layout()
    {
        var (code, output, error) = CliRunner.Run("fmt", "--check", RepositoryPaths.Combine("rulesets"));
        Assert.True(code == 0, error);
        Assert.EndsWith("0 not formatted\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_stay_above_their_clause_or_at_the_end_of_their_line()
    {
        const string Messy = """
            // The header.
            ruleset mini edition 2022 {   // trailing on the header
            title "Thử"   basis "t"
                unit province scale 100
            }
            input p:   percent "P" // why p
            node main "Chính" max 100 { documented "d"
              // about the formula
              score=p }
            index dti "DTI" { documented "x" }
            """;
        var formatted = SyntaxPrinter.Format(Parse(Messy, "messy.dti"));
        Assert.Equal("""
            // The header.
            ruleset mini edition 2022 { // trailing on the header
              title "Thử"
              basis "t"
              unit  province
              scale 100
            }

            input p: percent "P" // why p

            node main "Chính" max 100 {
              documented "d"
              // about the formula
              score = p
            }

            index dti "DTI" {
              documented "x"
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), formatted);
        Assert.False(RulesetCompilation.Create(SourceText.From(formatted, "messy.dti")).HasErrors);
    }

    [Fact]
    public void Fmt_check_names_an_unformatted_file_and_fmt_rewrites_it()
    {
        var folder = Directory.CreateTempSubdirectory("dti-fmt-").FullName;
        try
        {
            var path = Path.Combine(folder, "a.dti");
            File.WriteAllText(path, MiniRuleset.WithNodes("input p:   percent \"P\"", "node t \"T\" max 100 { assumed \"x\"    score = p }"));
            var check = CliRunner.Run("fmt", "--check", path);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains($"{path}: error DR4105", check.Error, StringComparison.Ordinal);
            Assert.Equal(0, CliRunner.Run("fmt", path).ExitCode);
            Assert.Equal(0, CliRunner.Run("fmt", "--check", path).ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
