using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>Stands for an expression that could not be bound; a diagnostic was already reported.</summary>
/// <param name="Syntax">Source syntax.</param>
public sealed record BoundErrorExpression(SyntaxNode Syntax) : BoundExpression(Syntax, RuleType.Error);
