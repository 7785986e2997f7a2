using System.Text.RegularExpressions;
using DtiRules.Analysis.Diff;
using DtiRules.Language.Binding;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Diff;

public sealed partial class Edition2023DiffTests
{
    [GeneratedRegex(@"^(?:override (?:node|output|index)|remove (?:node|input|output)) ([a-z0-9_]+)", RegexOptions.Multiline)]
    private static partial Regex ChangeLine();

    [GeneratedRegex(@"^\s+node ([a-z0-9_]+) ", RegexOptions.Multiline)]
    private static partial Regex NestedNode();

    [GeneratedRegex(@"^input ([a-z0-9_]+):", RegexOptions.Multiline)]
    private static partial Regex InputLine();

    [Fact]
    public void The_diff_from_2022_to_2023_names_exactly_what_the_2023_file_changes()
    {
        var path2022 = RepositoryPaths.Ruleset2022;
        var path2023 = RepositoryPaths.Combine("rulesets", "dti-province", "2023.dti");
        var text = File.ReadAllText(path2023);
        var from = RulesetCompilation.FromFile(path2022).Ruleset;
        var to = RulesetCompilation.FromFile(path2023).Ruleset;

        var changed = ChangeLine().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        var removedBelow = changed.Select(from.FindNode).OfType<DtiRules.Language.Binding.Symbols.NodeSymbol>()
            .Where(n => to.FindNode(n.Name) is null)
            .SelectMany(n => from.Nodes.Where(d => d.Parent is not null && d.IsSelfOrDescendantOf(n)))
            .Select(n => n.Name);
        var declared = NestedNode().Matches(text).Select(m => m.Groups[1].Value).Concat(InputLine().Matches(text).Select(m => m.Groups[1].Value));
        var expected = changed.Concat(removedBelow).Concat(declared).ToHashSet();

        var reported = MethodologyComparer.Compare(from, to).Changes.Select(c => c.Id).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Long_change_sentences_wrap_so_the_table_stays_readable()
    {
        var (code, output, _) = CliRunner.Run("diff", RepositoryPaths.Ruleset2022, RepositoryPaths.Combine("rulesets", "dti-province", "2023.dti"));
        Assert.Equal(0, code);
        Assert.Contains("https://", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 200, $"{line.Length} characters: {line[..Math.Min(60, line.Length)]}…"));
    }
}
