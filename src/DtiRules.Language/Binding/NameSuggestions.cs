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
    /// than half the key's length (at least 2 edits) is no useful suggestion and is left out. Only
    /// names up to <see cref="MaxLength"/> characters are compared, so a pasted paragraph costs nothing.
    /// </summary>
    public static IReadOnlyList<T> Closest<T>(string key, IEnumerable<T> candidates, Func<T, IEnumerable<string>> keysOf, int count)
    {
        if (key.Length > MaxLength)
        {
            return [];
        }

        var reach = Math.Max(2, key.Length / 2);
        return [.. candidates
            .Select((candidate, order) => (Candidate: candidate, Order: order, Distance: keysOf(candidate).Select(k => Distance(key, k, reach)).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(c => c.Distance <= reach)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Order)
            .Take(count)
            .Select(c => c.Candidate)];
    }

    /// <summary>The longest name "did you mean" compares; the ids and unit names it serves are shorter.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Levenshtein distance with adjacent transpositions counted as one edit, in memory linear in
    /// the shorter text (three rows of the table).
    /// </summary>
    public static int EditDistance(string a, string b) => Distance(a, b, int.MaxValue);

    /// <summary>The edit distance, or a number above <paramref name="reach"/> as soon as it must be further (texts longer than <see cref="MaxLength"/> are always further unless the reach is unbounded).</summary>
    private static int Distance(string a, string b, int reach)
    {
        var bounded = reach != int.MaxValue;
        if ((bounded && (a.Length > MaxLength || b.Length > MaxLength)) || Math.Abs(a.Length - b.Length) > reach)
        {
            return reach + 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        var previousBest = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    distance = Math.Min(distance, before[j - 2] + 1);
                }

                current[j] = distance;
                best = Math.Min(best, distance);
            }

            // Every later row is at least the smaller of this row's least value and the row before's plus one (a transposition).
            if (bounded && Math.Min(best, previousBest + 1) > reach)
            {
                return reach + 1;
            }

            previousBest = best;
            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
