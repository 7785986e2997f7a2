using System.Collections.Immutable;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A level table: one value per member of the subject's level type.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Subject">A level-typed value (the member's position).</param>
/// <param name="ValuesByOrdinal">The value for each member, indexed by position.</param>
public sealed record BoundLevelTableExpression(SyntaxNode Syntax, BoundExpression Subject, ImmutableArray<BoundExpression> ValuesByOrdinal)
    : BoundExpression(Syntax, RuleType.Number);
