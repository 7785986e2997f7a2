using System.Collections.Immutable;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A tier table: the first arm whose comparison holds, else <see cref="Else"/>.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Subject">The tested value.</param>
/// <param name="Arms">Arms in written order.</param>
/// <param name="Else">Value when no arm holds (0 when not written).</param>
public sealed record BoundTiersExpression(SyntaxNode Syntax, BoundExpression Subject, ImmutableArray<BoundTierArm> Arms, BoundExpression Else)
    : BoundExpression(Syntax, RuleType.Number);
