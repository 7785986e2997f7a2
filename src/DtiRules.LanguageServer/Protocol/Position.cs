namespace DtiRules.LanguageServer.Protocol;

/// <summary>A zero-based line and UTF-16 character offset, as the protocol counts them.</summary>
/// <param name="Line">Zero-based line.</param>
/// <param name="Character">Zero-based UTF-16 code unit within the line.</param>
public sealed record Position(int Line, int Character);
