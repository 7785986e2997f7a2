using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding;

namespace DtiRules.Analysis.Editions;

/// <summary>Whether two editions measure the same things, judged by the ids of their main indices.</summary>
public static class Comparability
{
    /// <summary>
    /// A note when the editions share fewer than half of the larger edition's main-index ids (the
    /// 2020 → 2021 break), so their values and ranks are not one series; otherwise null.
    /// </summary>
    public static Phrase? BreakNote(string earlierLabel, BoundRuleset earlier, string laterLabel, BoundRuleset later)
    {
        var earlierIds = earlier.Roots.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var laterIds = later.Roots.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var shared = earlierIds.Count(laterIds.Contains);
        return shared * 2 >= Math.Max(earlierIds.Count, laterIds.Count)
            ? null
            : Phrase.Of(Texts.Editions, nameof(EditionsText.NotComparable), earlierLabel, laterLabel, shared, earlierIds.Count, laterIds.Count);
    }
}
