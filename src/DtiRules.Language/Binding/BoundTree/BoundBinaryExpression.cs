using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A binary operation.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="OperatorKind">The operation.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
/// <param name="Type">Result type.</param>
public sealed record BoundBinaryExpression(
    SyntaxNode Syntax, BoundBinaryOperatorKind OperatorKind, BoundExpression Left, BoundExpression Right, RuleType Type)
    : BoundExpression(Syntax, Type);
