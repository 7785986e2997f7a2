using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>The unit's points of a node, or its 0–1 value.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Node">The node.</param>
/// <param name="AsValue">True for <c>value(node)</c>: points / max.</param>
public sealed record BoundNodeReference(SyntaxNode Syntax, NodeSymbol Node, bool AsValue) : BoundExpression(Syntax, RuleType.Number);
