using System.Globalization;

namespace DtiRules.Scoring;

/// <summary>
/// How <see cref="ScoringData.WithColumns"/> made one dataset from another: the source's
/// <see cref="ScoringData.Version"/> and the fields whose column was set or removed, in ordinal
/// order. Every other field shares the source's column, so a rescore from a run over the source
/// knows what changed from this alone, and runs over many datasets changed the same way share the
/// work of finding what the change reaches.
/// </summary>
/// <param name="Source">The version of the data the change was made to.</param>
/// <param name="Fields">The fields set or removed, in ordinal order.</param>
internal sealed record DataChange(long Source, string[] Fields)
{
    /// <summary>
    /// One text naming the fields, to find the work of an earlier change of the same fields; each
    /// name is preceded by its length, so no two sets of names (a header cell may hold any
    /// character) give the same text.
    /// </summary>
    public string Key { get; } = string.Concat(Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Length}:{f}")));
}
