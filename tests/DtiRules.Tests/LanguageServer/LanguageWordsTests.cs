using System.Text.RegularExpressions;
using DtiRules.LanguageServer.Analysis;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>The editor's word lists agree with the grammar and the checker, so they cannot drift apart.</summary>
public sealed class LanguageWordsTests
{
    private static IReadOnlyList<string> LexerKeywords() =>
        [.. Regex.Matches(File.ReadAllText(RepositoryPaths.Combine("grammar", "DtiRulesLexer.g4")), @"^[A-Z_]+\s*:\s*'([a-z_]+)'\s*;", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)];

    [Fact]
    public void The_server_knows_exactly_the_lexers_keywords()
    {
        Assert.Equal(LexerKeywords().Order(StringComparer.Ordinal), LanguageWords.Keywords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_textmate_grammar_colours_every_keyword()
    {
        var grammar = JObject.Parse(File.ReadAllText(RepositoryPaths.Combine("editors", "vscode", "syntaxes", "dti.tmLanguage.json")));
        var repository = grammar["repository"]!;
        var patterns = repository["keywords"]!["patterns"]!.Append(repository["constants"]!).Select(p => new Regex((string)p["match"]!)).ToList();
        var missing = LexerKeywords().Where(k => !patterns.Any(p => p.Match(k).Value == k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_built_in_the_editor_offers_binds_with_the_arity_it_shows()
    {
        foreach (var function in BuiltinFunction.All)
        {
            var arguments = function.Signature[(function.Signature.IndexOf('(') + 1)..^1].Split(", ")
                .Where(a => a != "…")
                .Select(a => a switch { "node" => "t", "decimals" => "2", _ => "p" });
            var call = $"{function.Name}({string.Join(", ", arguments)})";
            var text = MiniRuleset.WithNodes("input p: percent \"P\"",
                $"node t \"T\" max 50 {{ assumed \"x\" score = min(p, 50) }}\nnode u \"U\" max 50 {{ assumed \"x\" score = min(abs({call}), 50) }}");
            var errors = Compile.Text(text).Diagnostics.Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, $"{call}: {string.Join("; ", errors)}");
        }
    }

    [Theory]
    [InlineData("nhan_thuc_so", true)]
    [InlineData("_x1", true)]
    [InlineData("1x", false)]
    [InlineData("tiers", false)]
    [InlineData("total", false)]
    [InlineData("điểm", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void Ids_are_ascii_names_that_are_not_words_of_the_language(string name, bool valid)
    {
        Assert.Equal(valid, LanguageWords.IsValidId(name));
    }
}
