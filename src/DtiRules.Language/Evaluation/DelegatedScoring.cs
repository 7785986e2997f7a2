using DtiRules.Language.Binding;

namespace DtiRules.Language.Evaluation;

/// <summary>
/// Runs the reference scoring run with formulas evaluated by another backend (a compiled scorer),
/// so policies, given values, clamping, mappings, diagnostics and coverage are the interpreter's own.
/// </summary>
public static class DelegatedScoring
{
    /// <summary>Scores <paramref name="data"/> with <paramref name="ruleset"/>, evaluating formulas with what <paramref name="formulas"/> creates for the run.</summary>
    public static ScoringResult Score(BoundRuleset ruleset, ScoringData data, Func<ScoringColumns, IFormulaEvaluator> formulas) =>
        new ScoringRun(ruleset, data, formulas).Run();
}
