using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A constant: a number, yes (1) / no (0), a level member (its position) or the scale.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Value">The value.</param>
/// <param name="Type">Its type.</param>
public sealed record BoundLiteral(SyntaxNode Syntax, decimal Value, RuleType Type) : BoundExpression(Syntax, Type);
