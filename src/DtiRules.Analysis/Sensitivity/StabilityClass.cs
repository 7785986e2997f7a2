namespace DtiRules.Analysis.Sensitivity;

/// <summary>How far a unit's rank moves over the middle 90% of the samples (rank_p95 − rank_p05).</summary>
public enum StabilityClass
{
    /// <summary>The interval is a single rank.</summary>
    Firm,

    /// <summary>The interval spans at most <see cref="UnitSensitivity.LittleMovement"/> places.</summary>
    MovesALittle,

    /// <summary>The interval spans more.</summary>
    Uncertain,
}
