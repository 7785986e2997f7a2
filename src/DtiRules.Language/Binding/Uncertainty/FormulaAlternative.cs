using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>One formula a <see cref="FormulaFactor"/> may draw.</summary>
/// <param name="Label">Its name in results; <c>as written</c> for the node's own.</param>
/// <param name="Formula">The formula as written, or null for the node's own.</param>
/// <param name="Weight">Its weight (1 unless written).</param>
public sealed record FormulaAlternative(string Label, ExpressionSyntax? Formula, decimal Weight);
