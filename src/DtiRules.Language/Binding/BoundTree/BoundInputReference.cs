using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>The unit's value of an input.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Input">The input.</param>
public sealed record BoundInputReference(SyntaxNode Syntax, InputSymbol Input) : BoundExpression(Syntax, Input.Type);
