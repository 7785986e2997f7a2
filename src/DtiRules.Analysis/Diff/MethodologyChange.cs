using System.Text.RegularExpressions;
using DtiRules.Analysis.Wording;

namespace DtiRules.Analysis.Diff;

/// <summary>One difference between two editions, with a sentence a methodology expert reads.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Id">
/// The id of what changed: a node's id in the new edition (in the old one when removed), an output's
/// or input's id, or the header property's name.
/// </param>
/// <param name="Path">A node's id path from its main index (<c>an_toan_thong_tin_mang/at_03</c>); an output's or input's id; empty for the header.</param>
/// <param name="OldValue">The value in the old edition, or empty when the thing did not exist.</param>
/// <param name="NewValue">The value in the new edition, or empty when the thing no longer exists.</param>
/// <param name="Sentence">The change in words a methodology expert reads, in either language.</param>
public sealed partial record MethodologyChange(ChangeKind Kind, string Id, string Path, string OldValue, string NewValue, Phrase Sentence)
{
    /// <summary>The change in words, in the language of the current display settings (English for CSV and JSON, which write under them).</summary>
    public string Description => Sentence.ToString();

    /// <summary>The kind as written in CSV and JSON, e.g. <c>max-points-changed</c>.</summary>
    public string KindName => WordStart().Replace(Kind.ToString(), "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
