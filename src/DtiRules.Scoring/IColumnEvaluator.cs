using DtiRules.Language.Builtins;

namespace DtiRules.Scoring;

/// <summary>
/// What a scoring engine adds to the scoring run: the value of a formula for a column of units.
/// The run decides which units are eligible, then applies missing-data policies, clamping,
/// flags and diagnostics, and reports failures, so every engine shares them.
/// </summary>
public interface IColumnEvaluator
{
    /// <summary>
    /// Computes formula <paramref name="formula"/> (numbered by <see cref="FormulaNumbers"/>) for
    /// every eligible unit of <paramref name="target"/>, reading <paramref name="columns"/>. A unit
    /// whose data is missing gets no value; a unit whose arithmetic fails (division by zero,
    /// overflow) is recorded with <see cref="FormulaTarget.Fail(int, ScoringFailure)"/>, at the first failure in the
    /// formula's evaluation order.
    /// </summary>
    void Evaluate(int formula, ScoringColumns columns, FormulaTarget target);
}
