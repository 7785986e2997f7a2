namespace DtiRules.Analysis.Diff;

/// <summary>What kind of methodology change a <see cref="MethodologyChange"/> records.</summary>
public enum ChangeKind
{
    /// <summary>A header property (basis, unit, scale, round, default missing-data policy) changed.</summary>
    HeaderChanged,

    /// <summary>A main index's total max points changed, or points moved into or out of it; old and new are its totals.</summary>
    MainIndexPointsChanged,

    /// <summary>A node exists only in the new edition.</summary>
    NodeAdded,

    /// <summary>A node exists only in the old edition.</summary>
    NodeRemoved,

    /// <summary>A node was renamed; old and new are its ids.</summary>
    NodeRenamed,

    /// <summary>A node has a different parent; old and new are the parents' ids (empty for the top level).</summary>
    NodeMoved,

    /// <summary>A node's label changed.</summary>
    LabelChanged,

    /// <summary>A node's max points changed.</summary>
    MaxPointsChanged,

    /// <summary>A node's formula changed, or it changed between a formula and the sum of its children.</summary>
    FormulaChanged,

    /// <summary>A node's provenance changed: documented or assumed, the reason or the source.</summary>
    ProvenanceChanged,

    /// <summary>The missing-data policy in force for a node changed where a policy is written on it.</summary>
    MissingPolicyChanged,

    /// <summary>A node's group tag changed.</summary>
    GroupChanged,

    /// <summary>An output exists only in the new edition.</summary>
    OutputAdded,

    /// <summary>An output exists only in the old edition.</summary>
    OutputRemoved,

    /// <summary>An output's formula changed.</summary>
    OutputFormulaChanged,

    /// <summary>An output's label changed.</summary>
    OutputLabelChanged,

    /// <summary>An output's provenance changed.</summary>
    OutputProvenanceChanged,

    /// <summary>An input exists only in the new edition.</summary>
    InputAdded,

    /// <summary>An input exists only in the old edition.</summary>
    InputRemoved,
}
