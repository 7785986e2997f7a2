namespace DtiRules.Tests.Fuzzing;

/// <summary>The ways <see cref="TextMutation"/> edits a text.</summary>
internal enum MutationKind
{
    /// <summary>A fragment put in at a position.</summary>
    Insert,

    /// <summary>A span replaced by a fragment.</summary>
    Overwrite,

    /// <summary>A span taken out.</summary>
    Delete,

    /// <summary>A span written twice.</summary>
    Repeat,

    /// <summary>Everything from a position on cut off.</summary>
    Truncate,
}
