using DtiRules.Language.Text;

namespace DtiRules.LanguageServer.Analysis;

/// <summary>What a name resolved to in a compiled edition.</summary>
/// <param name="Key">The name.</param>
/// <param name="Declaration">Where it is declared; null for built-ins.</param>
/// <param name="Symbol">The bound symbol (node, input, output, level type or member), the built-in, or the header.</param>
internal sealed record ResolvedSymbol(SymbolKey Key, SourceLocation? Declaration, object Symbol);
