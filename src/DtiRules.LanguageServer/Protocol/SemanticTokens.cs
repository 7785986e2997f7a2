namespace DtiRules.LanguageServer.Protocol;

/// <summary>Semantic tokens, each five integers relative to the previous token.</summary>
/// <param name="Data">The encoded tokens.</param>
public sealed record SemanticTokens(IReadOnlyList<int> Data);
