using DtiRules.Scoring;

namespace DtiRules.Compiler;

/// <summary>A compiled ruleset's formulas as the scoring run asks for them: the generated entry method.</summary>
/// <param name="evaluate">The generated <c>Evaluate(formula, columns, target)</c>.</param>
internal sealed class CompiledFormulas(Action<int, ScoringColumns, FormulaTarget> evaluate) : IColumnEvaluator
{
    public void Evaluate(int formula, ScoringColumns columns, FormulaTarget target) => evaluate(formula, columns, target);
}
