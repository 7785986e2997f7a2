namespace DtiRules.Language.Evaluation;

/// <summary>
/// Evaluates a ruleset's formulas for one unit at a time over the columns of a run. A scoring run
/// delegates only this to a backend; missing-data policies, given values, clamping, mappings,
/// diagnostics and coverage stay in the run, so every backend shares them.
/// </summary>
public interface IFormulaEvaluator
{
    /// <summary>
    /// The value of formula <paramref name="formula"/> (numbered by <see cref="FormulaNumbers"/>) for
    /// <paramref name="unit"/>, or null when data it reads is missing.
    /// </summary>
    /// <exception cref="DivideByZeroException">Division by zero; the run reports it.</exception>
    /// <exception cref="OverflowException">A result outside the decimal range; the run reports it.</exception>
    decimal? Evaluate(int formula, int unit);
}
