namespace DtiRules.Language.Diagnostics;

/// <summary>
/// The names a "did you mean" offers, as an argument of a diagnostic's message: written into the
/// message in the language of the command, and carried on the diagnostic as data
/// (<see cref="Diagnostic.Suggestions"/>) so an editor offers them as fixes without reading the text.
/// </summary>
public sealed class SuggestedNames
{
    private readonly Func<IReadOnlyList<string>, string> _write;

    private SuggestedNames(IReadOnlyList<string> names, Func<IReadOnlyList<string>, string> write)
    {
        Names = names;
        _write = write;
    }

    /// <summary>The names offered, the closest first; empty when none is close.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Up to three names as a sentence after the message, <c> Did you mean 'a' or 'b'?</c>, or nothing.</summary>
    public static SuggestedNames Sentence(IReadOnlyList<string> names) => new(names, SuggestionPhrase.Sentence);

    /// <summary>Names in parentheses, <c> (did you mean 'a', 'b' or 'c'?)</c>, or nothing.</summary>
    public static SuggestedNames InParentheses(IReadOnlyList<string> names) => new(names, SuggestionPhrase.DidYouMean);

    /// <summary>The words in the current language, as the message shows them.</summary>
    public override string ToString() => _write(Names);
}
