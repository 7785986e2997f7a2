using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace DtiRules.Language.Localization;

/// <summary>
/// One resource file's texts (a neutral English <c>.resx</c> and its <c>.vi.resx</c>) in the
/// language of <see cref="DisplaySettings.Current"/>. Callers name keys with <c>nameof</c> on the
/// class the build generates from the <c>.resx</c>, so a key that does not exist does not compile.
/// </summary>
/// <param name="resources">The resource manager of the generated class.</param>
public sealed partial class LocalizedText(ResourceManager resources)
{
    /// <summary>The neutral (English) and Vietnamese texts behind this instance.</summary>
    public ResourceManager Resources { get; } = resources;

    /// <summary>The text of <paramref name="key"/> in the current language.</summary>
    public string Get(string key) => Get(key, DisplaySettings.Current.Language);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string Get(string key, DisplayLanguage language)
    {
        var culture = language == DisplayLanguage.Vietnamese ? CultureInfo.GetCultureInfo("vi") : CultureInfo.InvariantCulture;
        var text = Resources.GetString(key, culture)
            ?? throw new MissingManifestResourceException($"No text '{key}' in {Resources.BaseName}.");
        return language == DisplayLanguage.Pseudo ? Pseudo(text) : text;
    }

    /// <summary>The text of <paramref name="key"/> in the current language with culture-invariant arguments.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>
    /// The text of <paramref name="key"/> in the current language, formatted with culture-invariant
    /// <paramref name="args"/> when there are any: a phrase without arguments may hold braces.
    /// </summary>
    public string Phrase(string key, params object?[] args) => args.Length == 0 ? Get(key) : Format(key, args);

    /// <summary>
    /// <paramref name="text"/> with each run of its own words wrapped in ⟦…⟧ and its placeholders left
    /// outside, so what is filled in shows whether it was translated too: <c>⟦Cannot apply '⟧{0}⟦' to ⟧{1}</c>.
    /// </summary>
    private static string Pseudo(string text) => string.Concat(Placeholder().Split(text).Select((part, i) =>
        i % 2 == 1 || part.Length == 0 ? part : $"⟦{part}⟧"));

    /// <summary>A composite-format placeholder (<c>{0}</c>, <c>{1:0.00}</c>), captured so that <see cref="Regex.Split(string)"/> keeps it; escaped braces are words.</summary>
    [GeneratedRegex(@"((?<!\{)(?:\{\{)*\{\d+(?:,-?\d+)?(?::[^{}]*)?\})")]
    private static partial Regex Placeholder();
}
