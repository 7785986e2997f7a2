using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A checked formula: every name resolved, every operator resolved to an operation.</summary>
/// <param name="Syntax">The syntax it was bound from (for positions).</param>
/// <param name="Type">The resolved type.</param>
public abstract record BoundExpression(SyntaxNode Syntax, RuleType Type);
