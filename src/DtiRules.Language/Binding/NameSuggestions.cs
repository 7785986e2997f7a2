namespace DtiRules.Language.Binding;

/// <summary>Finds the known names closest to a misspelt one, for "did you mean" hints.</summary>
public static class NameSuggestions
{
    /// <summary>Up to <paramref name="count"/> candidates within a small edit distance of <paramref name="written"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(string written, IEnumerable<string> candidates, int count)
    {
        var limit = Math.Max(2, written.Length / 3);
        return [.. candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: EditDistance(written.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Name)];
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
