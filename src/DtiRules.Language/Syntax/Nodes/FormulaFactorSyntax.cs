using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>formula node { "label": formula … }</c>: the node's formula is its own or one of the alternatives.</summary>
/// <param name="Node">The node whose formula varies.</param>
/// <param name="Alternatives">The alternative formulas, in written order.</param>
/// <param name="Span">The whole factor.</param>
public sealed record FormulaFactorSyntax(IdentifierSyntax Node, ImmutableArray<FormulaAlternativeSyntax> Alternatives, TextSpan Span) : UncertaintyFactorSyntax(Span);
