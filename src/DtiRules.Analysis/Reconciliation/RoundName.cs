using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;

namespace DtiRules.Analysis.Reconciliation;

/// <summary>
/// A round as people read it: the rounds a criteria sheet names (<c>self</c>, <c>appraised</c>,
/// <c>official</c>) in the display language, any other round by the id its data gave it.
/// </summary>
public static class RoundName
{
    /// <summary>The name of the round <paramref name="id"/>; in English, the id itself.</summary>
    public static Phrase Of(string id) => id switch
    {
        "self" => Phrase.Of(Texts.Reconcile, nameof(ReconcileText.RoundSelf)),
        "appraised" => Phrase.Of(Texts.Reconcile, nameof(ReconcileText.RoundAppraised)),
        "official" => Phrase.Of(Texts.Reconcile, nameof(ReconcileText.RoundOfficial)),
        // A round named in long data: its id is the data's own word.
        _ => Phrase.Verbatim(id),
    };
}
