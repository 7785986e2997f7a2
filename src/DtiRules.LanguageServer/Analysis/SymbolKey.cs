namespace DtiRules.LanguageServer.Analysis;

/// <summary>A name and what kind of thing it names; level members are named within their level type.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The id as written.</param>
/// <param name="Container">For a level member, its level type; otherwise null.</param>
internal sealed record SymbolKey(SymbolKind Kind, string Name, string? Container = null);
