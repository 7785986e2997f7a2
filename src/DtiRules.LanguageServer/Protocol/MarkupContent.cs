namespace DtiRules.LanguageServer.Protocol;

/// <summary>Text for the client to render.</summary>
/// <param name="Kind"><c>markdown</c> or <c>plaintext</c>.</param>
/// <param name="Value">The text.</param>
public sealed record MarkupContent(string Kind, string Value);
