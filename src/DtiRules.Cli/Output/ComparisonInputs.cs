using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Output;

/// <summary>The files an edition comparison was made from, as the user named them.</summary>
/// <param name="RulesetA">The earlier edition.</param>
/// <param name="RulesetB">The later edition.</param>
/// <param name="OldData">The earlier dataset.</param>
/// <param name="NewData">The later dataset.</param>
internal sealed record ComparisonInputs(string RulesetA, string RulesetB, string OldData, string NewData)
{
    /// <summary>The title line of the table.</summary>
    public Phrase Title => Phrase.Of(Texts.Compare, nameof(CompareText.CompareTitle), RulesetA, OldData, RulesetB, NewData);
}
