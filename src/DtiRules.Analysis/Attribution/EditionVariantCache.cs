using DtiRules.Language.Binding;
using DtiRules.Language.Editions;

namespace DtiRules.Analysis.Attribution;

/// <summary>The editions between a base and an edition, each checked once: the edition with only some of its changes.</summary>
/// <param name="edition">The edition that extends the base.</param>
/// <param name="locator">Finds the base, parsing it once.</param>
internal sealed class EditionVariantCache(BoundRuleset edition, IRulesetLocator locator)
{
    private readonly Dictionary<string, BoundRuleset?> _variants = new(StringComparer.Ordinal);

    /// <summary>The edition with only <paramref name="changes"/> applied; null when it does not check.</summary>
    public BoundRuleset? With(IEnumerable<EditionChange> changes)
    {
        var kept = changes.SelectMany(c => c.Declarations).ToHashSet(ReferenceEqualityComparer.Instance);
        var key = string.Join(",", edition.Syntax.Root.Declarations.Select((d, i) => kept.Contains(d) ? i : -1).Where(i => i >= 0));
        if (!_variants.TryGetValue(key, out var variant))
        {
            variant = PartialEditions.Bind(edition.Syntax, d => !EditionChanges.IsChange(d) || kept.Contains(d), locator);
            _variants[key] = variant;
        }

        return variant;
    }

}
