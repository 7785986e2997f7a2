using System.Globalization;
using System.Resources;

namespace DtiRules.Language.Localization;

/// <summary>
/// One resource file's texts (a neutral English <c>.resx</c> and its <c>.vi.resx</c>) in the
/// language of <see cref="DisplaySettings.Current"/>. Callers name keys with <c>nameof</c> on the
/// class the build generates from the <c>.resx</c>, so a key that does not exist does not compile.
/// </summary>
/// <param name="resources">The resource manager of the generated class.</param>
public sealed class LocalizedText(ResourceManager resources)
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
        return language == DisplayLanguage.Pseudo ? $"⟦{text}⟧" : text;
    }

    /// <summary>The text of <paramref name="key"/> in the current language with culture-invariant arguments.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>
    /// The text of <paramref name="key"/> in the current language, formatted with culture-invariant
    /// <paramref name="args"/> when there are any: a phrase without arguments may hold braces.
    /// </summary>
    public string Phrase(string key, params object?[] args) => args.Length == 0 ? Get(key) : Format(key, args);
}
