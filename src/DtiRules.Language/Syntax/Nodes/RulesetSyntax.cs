using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>The root of a ruleset file's syntax tree.</summary>
/// <param name="Header">The header, or null when the file has none.</param>
/// <param name="Declarations">Declarations in written order.</param>
/// <param name="Span">The whole file.</param>
public sealed record RulesetSyntax(HeaderSyntax? Header, ImmutableArray<DeclarationSyntax> Declarations, TextSpan Span) : SyntaxNode(Span);
