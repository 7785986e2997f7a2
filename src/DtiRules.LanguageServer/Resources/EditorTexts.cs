using DtiRules.Language.Localization;

namespace DtiRules.LanguageServer.Resources;

/// <summary>What hovers, completions, renames and the outline say, in the language of the editor's <c>locale</c>.</summary>
internal static class EditorTexts
{
    /// <summary>Read in the language the server answers in.</summary>
    public static LocalizedText Words { get; } = new(EditorText.ResourceManager);
}
