namespace DtiRules.LanguageServer.Protocol;

/// <summary>The completions at a position.</summary>
/// <param name="IsIncomplete">False: the list is complete for what is typed.</param>
/// <param name="Items">The completions.</param>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
