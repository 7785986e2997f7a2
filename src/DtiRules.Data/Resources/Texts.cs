using DtiRules.Language.Localization;

namespace DtiRules.Data.Resources;

/// <summary>The resource files of reports and workbooks, each read in the language of the running command.</summary>
internal static class Texts
{
    /// <summary>Everything the HTML report says.</summary>
    public static LocalizedText Report { get; } = new(ReportText.ResourceManager);

    /// <summary>Sheet names and column headers of workbooks.</summary>
    public static LocalizedText Workbook { get; } = new(WorkbookText.ResourceManager);

    /// <summary>The words for a cell's flags where a person reads them (report, workbook).</summary>
    public static LocalizedText Flags { get; } = new(FlagText.ResourceManager);

    /// <summary>The text <paramref name="key"/> of <paramref name="texts"/> in every language, so a reader accepts what was written in any.</summary>
    public static IEnumerable<string> InEveryLanguage(LocalizedText texts, string key) =>
        Enum.GetValues<DisplayLanguage>().Select(language => texts.Get(key, language));
}
