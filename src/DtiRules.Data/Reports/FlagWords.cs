using DtiRules.Data.Resources;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>
/// The flags of a cell as a person reads them (report, workbook) in the language of the command;
/// machine formats (CSV, JSON) keep the names of <see cref="CellFlagNames"/>.
/// </summary>
internal static class FlagWords
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["missing"] = nameof(FlagText.Missing),
        ["imputed"] = nameof(FlagText.Imputed),
        ["given"] = nameof(FlagText.Given),
        ["clamped"] = nameof(FlagText.Clamped),
        ["rescaled"] = nameof(FlagText.Rescaled),
        ["skipped"] = nameof(FlagText.Skipped),
        ["failed"] = nameof(FlagText.Failed),
        ["mapped"] = nameof(FlagText.Mapped),
    };

    /// <summary>The words for the flag named <paramref name="name"/> (one of <see cref="CellFlagNames"/>).</summary>
    public static string Shown(string name) => Texts.Flags.Get(Keys[name]);

    /// <summary>The names this class has words for, so a test can check every flag has some.</summary>
    public static IReadOnlyCollection<string> Names => Keys.Keys;
}
