using DtiRules.Data.Units;

namespace DtiRules.Data.Text;

/// <summary>Words data diagnostics use for "did you mean" suggestions inside a sentence.</summary>
internal static class SuggestionPhrase
{
    /// <summary>Renders suggestions as <c> (did you mean 'a', 'b' or 'c'?)</c>, or nothing when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => Phrase([.. suggestions.Select(s => $"'{s}'")]);

    /// <summary>Renders units as <c> (did you mean 'Xã Hòa Bình' (Đắk Lắk, 66) or …?)</c>: each with its parent when it has one.</summary>
    public static string DidYouMean(IReadOnlyList<Unit> units) =>
        Phrase([.. units.Select(u => u.Parent is { } parent ? $"'{u.Name}' ({parent.Name}, {parent.Code})" : $"'{u.Name}'")]);

    private static string Phrase(IReadOnlyList<string> quoted)
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
