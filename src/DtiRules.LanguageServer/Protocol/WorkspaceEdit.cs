namespace DtiRules.LanguageServer.Protocol;

/// <summary>Edits to several documents, by URI.</summary>
/// <param name="Changes">Each document's edits.</param>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
