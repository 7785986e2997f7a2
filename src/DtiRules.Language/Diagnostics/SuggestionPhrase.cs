namespace DtiRules.Language.Diagnostics;

/// <summary>Words data and command diagnostics use for "did you mean" suggestions inside a sentence.</summary>
public static class SuggestionPhrase
{
    /// <summary>Renders suggestions as <c> (did you mean 'a', 'b' or 'c'?)</c>, or nothing when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => Phrase([.. suggestions.Select(s => $"'{s}'")]);

    /// <summary>Renders suggestions already quoted as <c> (did you mean 'a' (b) or 'c'?)</c>, or nothing when there are none.</summary>
    public static string Phrase(IReadOnlyList<string> quoted)
    {
        if (quoted.Count == 0)
        {
            return string.Empty;
        }

        var listed = quoted.Count == 1
            ? quoted[0]
            : $"{string.Join(", ", quoted.Take(quoted.Count - 1))} or {quoted[^1]}";
        return $" (did you mean {listed}?)";
    }
}
