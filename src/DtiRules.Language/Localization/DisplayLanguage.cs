namespace DtiRules.Language.Localization;

/// <summary>The language of everything a person reads: messages, help, table headers, reports, workbooks.</summary>
public enum DisplayLanguage
{
    /// <summary>English (<c>--lang en</c>).</summary>
    English,

    /// <summary>Vietnamese (<c>--lang vi</c>).</summary>
    Vietnamese,

    /// <summary>
    /// English with every translated text wrapped in ⟦…⟧ (<c>DTIRULES_LANG=pseudo</c>): a line a
    /// person reads without the brackets was written without the resource files.
    /// </summary>
    Pseudo,
}
