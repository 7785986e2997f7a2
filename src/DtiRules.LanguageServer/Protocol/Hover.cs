namespace DtiRules.LanguageServer.Protocol;

/// <summary>What a hover shows.</summary>
/// <param name="Contents">Markdown.</param>
/// <param name="Range">The word hovered.</param>
public sealed record Hover(MarkupContent Contents, Range Range);
