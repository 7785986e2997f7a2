namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A built-in function over every unit being scored.</summary>
public enum CohortFunction
{
    /// <summary>Largest value over the cohort.</summary>
    Max,

    /// <summary>Smallest value over the cohort.</summary>
    Min,

    /// <summary>Mean over the cohort.</summary>
    Mean,

    /// <summary>Median over the cohort.</summary>
    Median,

    /// <summary>Competition rank of the unit's value, 1 = highest.</summary>
    Rank,

    /// <summary>Share (0–100) of the other units with a lower value.</summary>
    Percentile,

    /// <summary>(x − min) / (max − min); 1 when all are equal.</summary>
    MinMax,

    /// <summary>x / max; 0 when max is not positive.</summary>
    RelativeToBest,
}
