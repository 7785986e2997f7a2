namespace DtiRules.LanguageServer.Protocol;

/// <summary>One completion.</summary>
/// <param name="Label">The text inserted and shown.</param>
/// <param name="Kind">The protocol's completion item kind.</param>
/// <param name="Detail">A one-line description (a label, a signature).</param>
/// <param name="Documentation">Longer help, or null.</param>
public sealed record CompletionItem(string Label, int Kind, string? Detail, string? Documentation = null);
