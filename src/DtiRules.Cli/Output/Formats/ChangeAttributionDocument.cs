using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Wording;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>compare --by-change</c> and <c>diff --data --by-change</c> write: one row per unit and change.</summary>
/// <param name="Grid">The contributions as text cells.</param>
/// <param name="Title">What was compared, by change.</param>
/// <param name="Attribution">The attribution, whose notes say how the shares were computed.</param>
internal sealed record ChangeAttributionDocument(TextGrid Grid, Phrase Title, ChangeAttribution Attribution)
{
    /// <summary>How the shares were computed, in the current display language.</summary>
    public IReadOnlyList<string> Notes => Attribution.Notes;
}
