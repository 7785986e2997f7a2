namespace DtiRules.Analysis.Reconciliation;

/// <summary>What a row of a reconciliation compares.</summary>
public enum ReconciliationLevel
{
    /// <summary>The whole index: total points and the 0–1 value.</summary>
    Index,

    /// <summary>A group: a node with children.</summary>
    Group,

    /// <summary>A criterion: a leaf.</summary>
    Criterion,
}
