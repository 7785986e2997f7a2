using DtiRules.Language.Binding;

namespace DtiRules.Data.Text;

/// <summary>Picks the candidates closest to a misspelt key, for "did you mean" suggestions.</summary>
internal static class ClosestMatches
{
    /// <summary>
    /// Up to <paramref name="count"/> candidates whose nearest key is within reach of
    /// <paramref name="key"/>, closest first, ties in candidate order. A candidate further away
    /// than half the key's length (at least 2 edits) is no useful suggestion and is left out.
    /// </summary>
    public static IReadOnlyList<T> Find<T>(string key, IEnumerable<T> candidates, Func<T, IEnumerable<string>> keysOf, int count)
    {
        var reach = Math.Max(2, key.Length / 2);
        return [.. candidates
            .Select((candidate, order) => (candidate, order, distance: keysOf(candidate).Min(k => NameSuggestions.EditDistance(key, k))))
            .Where(c => c.distance <= reach)
            .OrderBy(c => c.distance)
            .ThenBy(c => c.order)
            .Take(count)
            .Select(c => c.candidate)];
    }

    /// <summary>Renders suggestions as <c> (did you mean 'a', 'b' or 'c'?)</c>, or nothing when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Select(s => $"'{s}'").ToList();
        var listed = quoted.Count == 1
            ? quoted[0]
            : $"{string.Join(", ", quoted.Take(quoted.Count - 1))} or {quoted[^1]}";
        return $" (did you mean {listed}?)";
    }
}
