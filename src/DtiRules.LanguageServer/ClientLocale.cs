using System.Globalization;
using DtiRules.Language.Localization;

namespace DtiRules.LanguageServer;

/// <summary>The language of what the server publishes, from the <c>locale</c> an editor sends with <c>initialize</c>.</summary>
internal static class ClientLocale
{
    /// <summary>
    /// Vietnamese for a locale of the language <c>vi</c> (<c>vi</c>, <c>vi-VN</c>), English for any
    /// other locale, and <paramref name="otherwise"/> (the command's own choice) when the client sends none.
    /// </summary>
    public static DisplaySettings Settings(string? locale, DisplaySettings otherwise)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return otherwise;
        }

        var language = locale.Trim().Split('-', '_')[0].ToLowerInvariant() == "vi" ? "vi" : "en";
        return DisplaySettings.Resolve(language, decimalMark: null, variable: null, CultureInfo.InvariantCulture);
    }
}
