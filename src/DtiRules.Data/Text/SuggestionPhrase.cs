namespace DtiRules.Data.Text;

/// <summary>Words data diagnostics use for "did you mean" suggestions inside a sentence.</summary>
internal static class SuggestionPhrase
{
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
