using System.Globalization;
using DtiRules.Language.Binding;

namespace DtiRules.Analysis.Editions;

/// <summary>Whether two editions measure the same things, judged by the ids of their main indices.</summary>
public static class Comparability
{
    /// <summary>
    /// A note when the editions share fewer than half of the larger edition's main-index ids (the
    /// 2020 → 2021 break), so their values and ranks are not one series; otherwise null.
    /// </summary>
    public static string? BreakNote(string earlierLabel, BoundRuleset earlier, string laterLabel, BoundRuleset later)
    {
        var earlierIds = earlier.Roots.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var laterIds = later.Roots.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var shared = earlierIds.Count(laterIds.Contains);
        return shared * 2 >= Math.Max(earlierIds.Count, laterIds.Count)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{earlierLabel} → {laterLabel} is not comparable: the editions share {shared} of their {earlierIds.Count} and {laterIds.Count} main indices, so the shift between them reflects the change of method more than the units.");
    }
}
