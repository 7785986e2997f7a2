using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A call of a cohort function; its argument is evaluated for every unit first.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Function">The function, from <see cref="BuiltinFunctions"/>.</param>
/// <param name="Argument">The per-unit argument (contains no cohort call).</param>
/// <param name="Slot">Index of this call site in the ruleset, so each is computed once per run.</param>
public sealed record BoundCohortCall(SyntaxNode Syntax, CohortBuiltin Function, BoundExpression Argument, int Slot)
    : BoundExpression(Syntax, RuleType.Number);
