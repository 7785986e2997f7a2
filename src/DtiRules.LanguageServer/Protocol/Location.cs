namespace DtiRules.LanguageServer.Protocol;

/// <summary>A range in a document named by its URI.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Range">The range.</param>
public sealed record Location(string Uri, Range Range);
