using DtiRules.Language.Text;

namespace DtiRules.LanguageServer.Analysis;

/// <summary>One place a name is written.</summary>
/// <param name="Span">The name's characters.</param>
/// <param name="Key">What it names.</param>
/// <param name="IsDeclaration">True where the name is declared (or given by <c>rename</c>).</param>
internal sealed record SymbolOccurrence(TextSpan Span, SymbolKey Key, bool IsDeclaration);
