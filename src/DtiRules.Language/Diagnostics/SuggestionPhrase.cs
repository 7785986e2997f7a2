using DtiRules.Language.Resources;

namespace DtiRules.Language.Diagnostics;

/// <summary>"Did you mean" suggestions inside a diagnostic's sentence, in the language of the command.</summary>
public static class SuggestionPhrase
{
    /// <summary>Renders suggestions as <c> (did you mean 'a', 'b' or 'c'?)</c>, or nothing when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => Phrase([.. suggestions.Select(s => $"'{s}'")]);

    /// <summary>Renders suggestions already quoted as <c> (did you mean 'a' (b) or 'c'?)</c>, or nothing when there are none.</summary>
    public static string Phrase(IReadOnlyList<string> quoted) => quoted.Count switch
    {
        0 => string.Empty,
        1 => " " + DiagnosticTexts.Messages.Format(nameof(DiagnosticText.DidYouMeanInParentheses_One), quoted[0]),
        _ => " " + DiagnosticTexts.Messages.Format(nameof(DiagnosticText.DidYouMeanInParentheses_Many), string.Join(", ", quoted.Take(quoted.Count - 1)), quoted[^1]),
    };

    /// <summary>
    /// Renders up to three suggestions as a sentence, <c> Did you mean 'a' or 'b'?</c>, or nothing
    /// when there are none.
    /// </summary>
    public static string Sentence(IReadOnlyList<string> suggestions)
    {
        var quoted = suggestions.Select(s => (object?)$"'{s}'").ToArray();
        return quoted.Length switch
        {
            0 => string.Empty,
            1 => " " + DiagnosticTexts.Messages.Format(nameof(DiagnosticText.DidYouMean_One), quoted),
            2 => " " + DiagnosticTexts.Messages.Format(nameof(DiagnosticText.DidYouMean_Two), quoted),
            3 => " " + DiagnosticTexts.Messages.Format(nameof(DiagnosticText.DidYouMean_Three), quoted),
            _ => throw new ArgumentOutOfRangeException(nameof(suggestions), suggestions.Count, "A sentence names at most three suggestions."),
        };
    }
}
