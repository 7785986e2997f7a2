using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;

namespace DtiRules.LanguageServer.Workspace;

/// <summary>
/// Finds base editions the way <c>dti check</c> does (the <c>.dti</c> files of the document's
/// folder), except that a file open in the editor is read from the editor, unsaved changes included.
/// </summary>
internal sealed class WorkspaceLocator(IReadOnlyList<SyntaxTree> trees) : IRulesetLocator
{
    /// <summary>The parsed rulesets of the folder, open documents first.</summary>
    public IReadOnlyList<SyntaxTree> Trees => trees;

    /// <inheritdoc />
    public SyntaxTree? Find(string id, int edition) =>
        trees.FirstOrDefault(t => t.Root.Header is { } h && h.Name.Name == id && h.Edition.Value == edition);

    /// <summary>Reads a ruleset file from disk; unreadable files are left out, as <c>dti check</c> does.</summary>
    public static SourceText? ReadFile(string path) => SourceFileReader.Read(path, new DiagnosticBag());
}
