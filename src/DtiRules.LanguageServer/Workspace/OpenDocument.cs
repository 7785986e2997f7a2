using DtiRules.Language.Text;

namespace DtiRules.LanguageServer.Workspace;

/// <summary>A document the editor holds open: the editor's text wins over the file on disk.</summary>
/// <param name="Uri">The URI the editor uses.</param>
/// <param name="Path">The file path (or the URI of an unsaved buffer).</param>
/// <param name="Version">The editor's version number.</param>
/// <param name="Text">The current text.</param>
internal sealed record OpenDocument(string Uri, string Path, int Version, SourceText Text);
