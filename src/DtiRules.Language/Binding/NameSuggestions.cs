namespace DtiRules.Language.Binding;

/// <summary>Finds the known names closest to a misspelt one, for "did you mean" hints in rulesets and data.</summary>
public static class NameSuggestions
{
    /// <summary>Up to <paramref name="count"/> names within reach of <paramref name="written"/>, compared without case.</summary>
    public static IReadOnlyList<string> Closest(string written, IEnumerable<string> candidates, int count) =>
        Closest(written.ToLowerInvariant(), candidates.Distinct(StringComparer.Ordinal), c => [c.ToLowerInvariant()], count);

    /// <summary>
    /// Up to <paramref name="count"/> candidates whose nearest key is within reach of
    /// <paramref name="key"/>, closest first, ties in candidate order. A candidate further away
    /// than half the key's length (at least 2 edits) is no useful suggestion and is left out.
    /// </summary>
    public static IReadOnlyList<T> Closest<T>(string key, IEnumerable<T> candidates, Func<T, IEnumerable<string>> keysOf, int count)
    {
        var reach = Math.Max(2, key.Length / 2);
        return [.. candidates
            .Select((candidate, order) => (Candidate: candidate, Order: order, Distance: keysOf(candidate).Min(k => EditDistance(key, k))))
            .Where(c => c.Distance <= reach)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Order)
            .Take(count)
            .Select(c => c.Candidate)];
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
