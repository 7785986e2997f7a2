using DtiRules.Language.Editions;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;

namespace DtiRules.Tests.Editions;

/// <summary>Base editions held as text, for tests of editions that extend them.</summary>
internal sealed class InMemoryLocator(params (string Path, string Text)[] files) : IRulesetLocator
{
    private readonly List<SyntaxTree> _trees = [.. files.Select(f => SyntaxTree.Parse(SourceText.From(f.Text, f.Path)))];

    public SyntaxTree? Find(string id, int edition) =>
        _trees.FirstOrDefault(t => t.Root.Header is { } h && h.Name.Name == id && h.Edition.Value == edition);
}
