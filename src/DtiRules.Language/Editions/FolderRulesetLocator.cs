using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;

namespace DtiRules.Language.Editions;

/// <summary>Finds base editions among the <c>.dti</c> files of one folder, parsing each file once.</summary>
/// <param name="folder">The folder of the edition being compiled.</param>
public sealed class FolderRulesetLocator(string folder) : IRulesetLocator
{
    private readonly Lazy<IReadOnlyList<SyntaxTree>> _trees = new(() => Load(folder));

    /// <inheritdoc />
    public SyntaxTree? Find(string id, int edition) =>
        _trees.Value.FirstOrDefault(t => t.Root.Header is { } h && h.Name.Name == id && h.Edition.Value == edition);

    private static IReadOnlyList<SyntaxTree> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var trees = new List<SyntaxTree>();
        foreach (var path in Directory.GetFiles(folder, "*.dti").Order(StringComparer.Ordinal))
        {
            // Unreadable neighbours are not this file's problem unless it names them; then DR1020 says so.
            if (SourceFileReader.Read(path, new DiagnosticBag()) is { } text)
            {
                trees.Add(SyntaxTree.Parse(text));
            }
        }

        return trees;
    }
}
