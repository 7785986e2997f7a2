namespace DtiRules.Analysis.Attribution;

/// <summary>How far a plan may take an input: up to the level this share of all units reach (down to it, for an input where less scores more).</summary>
public enum Realism
{
    /// <summary>The best value any unit has.</summary>
    Best,

    /// <summary>The value 90% of units stay at or below (nearest rank).</summary>
    P90,

    /// <summary>The value 75% of units stay at or below (nearest rank).</summary>
    P75,

    /// <summary>The median unit's value.</summary>
    Median,
}
