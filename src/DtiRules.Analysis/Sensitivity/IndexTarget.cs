namespace DtiRules.Analysis.Sensitivity;

/// <summary>The one number per run that sensitivity indices apportion among the factors.</summary>
public enum IndexTarget
{
    /// <summary>The mean over units of |rank in the run − nominal rank| (the composite-indicator handbook's average shift in ranks).</summary>
    RankShift,

    /// <summary>The mean over units of the index's value.</summary>
    Value,
}
