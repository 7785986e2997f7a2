using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>tiers x { &gt;= 80: 20, …, else: 0 }</c>: the first arm that holds.</summary>
/// <param name="Subject">The tested value.</param>
/// <param name="Arms">Arms in written order.</param>
/// <param name="Else">The value when no arm holds, or null for 0.</param>
/// <param name="Span">Where it is written.</param>
public sealed record TiersExpressionSyntax(ExpressionSyntax Subject, ImmutableArray<TierArmSyntax> Arms, ExpressionSyntax? Else, TextSpan Span)
    : ExpressionSyntax(Span);
