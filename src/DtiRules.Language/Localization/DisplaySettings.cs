using System.Globalization;

namespace DtiRules.Language.Localization;

/// <summary>
/// How human outputs are written: the language and the decimal mark. They come only from explicit
/// choices (the command line, <c>DTIRULES_LANG</c>, the system's UI language as a default), never
/// from the formatting culture, so results stay byte-identical under any <see cref="CultureInfo"/>.
/// </summary>
/// <param name="Language">The language of translated text.</param>
/// <param name="Decimal">The decimal mark of numbers a person reads.</param>
public sealed record DisplaySettings(DisplayLanguage Language, DecimalMark Decimal)
{
    /// <summary>The environment variable that chooses the language when <c>--lang</c> is not given.</summary>
    public const string LanguageVariable = "DTIRULES_LANG";

    private static readonly AsyncLocal<DisplaySettings?> Ambient = new();

    /// <summary>English with a decimal point: what libraries and tests see unless a caller chose otherwise.</summary>
    public static DisplaySettings English { get; } = new(DisplayLanguage.English, DecimalMark.Point);

    /// <summary>The settings of the current command (flowing through async calls), or <see cref="English"/>.</summary>
    public static DisplaySettings Current => Ambient.Value ?? English;

    /// <summary>Makes <paramref name="settings"/> current until the returned scope is disposed.</summary>
    public static IDisposable Use(DisplaySettings settings)
    {
        var previous = Ambient.Value;
        Ambient.Value = settings;
        return new Scope(previous);
    }

    /// <summary>
    /// The settings a command runs with. The language is <paramref name="language"/> (<c>vi</c> or
    /// <c>en</c>), else <paramref name="variable"/> (the value of <see cref="LanguageVariable"/>,
    /// which also accepts <c>pseudo</c>), else Vietnamese when <paramref name="uiCulture"/> is
    /// Vietnamese, else English. The decimal mark is <paramref name="decimalMark"/> (<c>comma</c> or
    /// <c>point</c>), else a comma for Vietnamese and a point otherwise. Unknown words fall through
    /// to the next choice; the command line rejects them before this is called.
    /// </summary>
    public static DisplaySettings Resolve(string? language, string? decimalMark, string? variable, CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(uiCulture);
        var chosen = ParseLanguage(language) ?? ParseLanguage(variable)
            ?? (string.Equals(uiCulture.TwoLetterISOLanguageName, "vi", StringComparison.Ordinal) ? DisplayLanguage.Vietnamese : DisplayLanguage.English);
        var mark = decimalMark?.Trim().ToLowerInvariant() switch
        {
            "comma" => DecimalMark.Comma,
            "point" => DecimalMark.Point,
            _ => chosen == DisplayLanguage.Vietnamese ? DecimalMark.Comma : DecimalMark.Point,
        };
        return new DisplaySettings(chosen, mark);
    }

    /// <summary>
    /// Writes <paramref name="value"/> for a person: invariant digits with the chosen decimal mark
    /// (no group separators, so a comma never means thousands).
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="format">A .NET numeric format without group separators, e.g. <c>0.0000</c> or <c>F2</c>.</param>
    public string Number(decimal value, string format)
    {
        var invariant = value.ToString(format, CultureInfo.InvariantCulture);
        return Decimal == DecimalMark.Comma ? invariant.Replace('.', ',') : invariant;
    }

    private static DisplayLanguage? ParseLanguage(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "vi" => DisplayLanguage.Vietnamese,
        "en" => DisplayLanguage.English,
        "pseudo" => DisplayLanguage.Pseudo,
        _ => null,
    };

    private sealed class Scope(DisplaySettings? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
