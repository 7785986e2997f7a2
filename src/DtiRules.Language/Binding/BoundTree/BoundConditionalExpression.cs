using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary><c>if c then a else b</c>.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Condition">Yes/no test.</param>
/// <param name="WhenTrue">Value when yes.</param>
/// <param name="WhenFalse">Value when no.</param>
/// <param name="Type">Result type.</param>
public sealed record BoundConditionalExpression(
    SyntaxNode Syntax, BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse, RuleType Type)
    : BoundExpression(Syntax, Type);
