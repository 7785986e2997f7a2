using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A column of the data read as it is, in an input mapping (often a field of an older edition).</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Field">The column name.</param>
public sealed record BoundSourceField(SyntaxNode Syntax, string Field) : BoundExpression(Syntax, RuleType.Number);
