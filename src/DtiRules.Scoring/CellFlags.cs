namespace DtiRules.Scoring;

/// <summary>What happened to one unit's cell (an input, a node or an output) during scoring.</summary>
[Flags]
public enum CellFlags
{
    /// <summary>Computed from data, nothing to report.</summary>
    None = 0,

    /// <summary>The data was missing; the missing-data policy applied (zero, exclude or error).</summary>
    Missing = 1,

    /// <summary>The data was missing and a cohort mean was used instead.</summary>
    Imputed = 2,

    /// <summary>The node's value or points came from the data instead of being computed.</summary>
    Given = 4,

    /// <summary>The computed points were outside 0..max and were clamped.</summary>
    Clamped = 8,

    /// <summary>Some children were excluded and the rest rescaled to this node's max.</summary>
    Rescaled = 16,

    /// <summary>Not computed because an ancestor's value was given.</summary>
    Skipped = 32,

    /// <summary>The formula failed (division by zero, overflow); see the diagnostics.</summary>
    Failed = 64,

    /// <summary>The input came from other columns of the data through the edition's input mapping.</summary>
    Mapped = 128,
}
