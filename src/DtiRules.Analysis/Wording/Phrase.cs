using System.Globalization;
using DtiRules.Language.Localization;

namespace DtiRules.Analysis.Wording;

/// <summary>
/// Text a person reads, written only when it is read: a resource text with its arguments, a number,
/// or words taken from the data. <see cref="ToString"/> writes it in the language and decimal mark
/// of <see cref="DisplaySettings.Current"/>, so the same analysis reads in Vietnamese in a table and
/// in English in a CSV or JSON file written under <see cref="DisplaySettings.English"/>.
/// </summary>
public sealed class Phrase
{
    private readonly Func<DisplaySettings, string> _write;

    private Phrase(Func<DisplaySettings, string> write) => _write = write;

    /// <summary>The text of <paramref name="key"/> in <paramref name="texts"/>, its placeholders filled with <paramref name="args"/> (phrases are written in the same settings).</summary>
    public static Phrase Of(LocalizedText texts, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new(settings => string.Format(
            CultureInfo.InvariantCulture, texts.Get(key, settings.Language), [.. args.Select(a => a is Phrase phrase ? phrase.In(settings) : a)]));
    }

    /// <summary>Words from the data or the ruleset (a label, a note, an id), written as they are in every language.</summary>
    public static Phrase Verbatim(string text) => new(_ => text);

    /// <summary>A number written with invariant digits (<c>0.25</c>, <c>+3</c>), shown with the reader's decimal mark.</summary>
    public static Phrase Number(string invariant) => new(settings => settings.Decimal == DecimalMark.Comma ? invariant.Replace('.', ',') : invariant);

    /// <summary>The phrases one after another with <paramref name="separator"/> between them.</summary>
    public static Phrase Join(string separator, IEnumerable<Phrase> parts)
    {
        var list = parts.ToList();
        return new(settings => string.Join(separator, list.Select(p => p.In(settings))));
    }

    /// <summary>Text written by code that reads <see cref="DisplaySettings.Current"/> itself, run under the reader's settings.</summary>
    public static Phrase Written(Func<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new(settings =>
        {
            using var scope = DisplaySettings.Use(settings);
            return write();
        });
    }

    /// <summary>The text in <paramref name="settings"/>.</summary>
    public string In(DisplaySettings settings) => _write(settings);

    /// <summary>The text in the current settings.</summary>
    public override string ToString() => In(DisplaySettings.Current);
}
