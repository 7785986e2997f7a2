using DtiRules.Language.Localization;

namespace DtiRules.Language.Diagnostics;

/// <summary>
/// A kind of problem: its stable code, its severity, and the resource file that holds its title
/// (key <c>CODE_Title</c>) and message template (key <c>CODE_Message</c>) in every language.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>DR1001</c>. DR0xxx syntax, DR1xxx names, DR2xxx types and structure, DR3xxx scoring, DR4xxx data.</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Texts">The resource file of the assembly that defines the code.</param>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, LocalizedText Texts)
{
    /// <summary>
    /// True for a file that cannot be read or written (missing, a folder, access denied, a full
    /// disk) rather than a problem in what a file says: the command exits with 3, not 1.
    /// </summary>
    public bool IsInputOutput { get; init; }

    /// <summary>The resource key of the title.</summary>
    public string TitleKey => Code + "_Title";

    /// <summary>The resource key of the message template.</summary>
    public string MessageKey => Code + "_Message";

    /// <summary>Short name of the problem in the current language, for documentation and SARIF rules.</summary>
    public string Title => Texts.Get(TitleKey);

    /// <summary>Composite format string of the message in the current language; it ends by saying how to fix the problem.</summary>
    public string MessageFormat => Texts.Get(MessageKey);

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string TitleIn(DisplayLanguage language) => Texts.Get(TitleKey, language);

    /// <summary>The message template in <paramref name="language"/>.</summary>
    public string MessageFormatIn(DisplayLanguage language) => Texts.Get(MessageKey, language);

    /// <summary>Formats the message in the current language with culture-invariant arguments.</summary>
    public string FormatMessage(params object?[] args) => Texts.Format(MessageKey, args);
}
