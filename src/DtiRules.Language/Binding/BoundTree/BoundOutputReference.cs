using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>The unit's value of an output.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Output">The output.</param>
public sealed record BoundOutputReference(SyntaxNode Syntax, OutputSymbol Output) : BoundExpression(Syntax, RuleType.Number);
