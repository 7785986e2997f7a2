using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary><c>total</c>: the sum of the top-level nodes' points.</summary>
/// <param name="Syntax">Source syntax.</param>
public sealed record BoundTotal(SyntaxNode Syntax) : BoundExpression(Syntax, RuleType.Number);
