namespace DtiRules.Scoring;

/// <summary>The engine of a ruleset with errors: the run refuses such a ruleset (DR3006) before it would ask for a formula.</summary>
public sealed class NeverEvaluated : IColumnEvaluator
{
    private NeverEvaluated()
    {
    }

    /// <summary>The one instance.</summary>
    public static NeverEvaluated Instance { get; } = new();

    /// <inheritdoc />
    public void Evaluate(int formula, ScoringColumns columns, FormulaTarget target) =>
        throw new InvalidOperationException("A ruleset with errors is never evaluated.");
}
