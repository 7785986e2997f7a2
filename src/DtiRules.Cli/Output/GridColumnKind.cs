namespace DtiRules.Cli.Output;

/// <summary>What a column of a <see cref="TextGrid"/> holds: a table aligns text left and numbers right, and only numbers get the reader's decimal mark or become numbers in JSON and workbooks.</summary>
internal enum GridColumnKind
{
    /// <summary>Words, ids, labels and notes, shown as written.</summary>
    Text,

    /// <summary>Numbers written with invariant digits (<c>0.25</c>, <c>+1.5</c>, <c>12</c>), or empty.</summary>
    Number,
}
