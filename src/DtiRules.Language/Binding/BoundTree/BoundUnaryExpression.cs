using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A unary operation.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="OperatorKind">The operation.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Type">Result type.</param>
public sealed record BoundUnaryExpression(SyntaxNode Syntax, BoundUnaryOperatorKind OperatorKind, BoundExpression Operand, RuleType Type)
    : BoundExpression(Syntax, Type);
